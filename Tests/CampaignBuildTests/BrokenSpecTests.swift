import Checks
import Testing

/// Every kind of broken spec has a fixture under `Fixtures/cases`, and each must produce exactly
/// these diagnostics, at exactly these positions.
@Suite struct BrokenSpecTests {
    static let expected: [String: [String]] = [
        "yaml-syntax-error": [
            "Campaigns/sample/campaign.yaml:3:14: error: YAML syntax: mapping values are not allowed in this context",
        ],
        "unknown-key": [
            "Campaigns/sample/campaign.yaml:2:1: error: missing key 'title' in the campaign",
            "Campaigns/sample/campaign.yaml:3:1: error: unknown key 'titel' in the campaign; did you mean 'title'?",
        ],
        "missing-key": [
            "Campaigns/sample/campaign.yaml:2:1: error: missing key 'design' in the campaign",
        ],
        "wrong-type": [
            "Campaigns/sample/campaign.yaml:15:10: error: expected a list for 'formats', found a scalar",
        ],
        "duplicate-yaml-key": [
            "Campaigns/sample/campaign.yaml:18:1: error: duplicate key 'audience' (first defined at line 15)",
        ],
        "duplicate-message-id": [
            "Campaigns/sample/campaign.yaml:27:9: error: duplicate message id 'headline' (first defined at line 21)",
        ],
        "id-differs-from-folder": [
            "Campaigns/sample/campaign.yaml:2:5: error: campaign id 'sampel' differs from its folder name 'sample'",
        ],
        "bad-colour": [
            "Campaigns/sample/campaign.yaml:8:13: error: colour '#FFC40' must be written as #RRGGBB",
        ],
        "unknown-format": [
            "Campaigns/sample/campaign.yaml:15:11: error: unknown format 'newsleter'; did you mean 'newsletter'?",
        ],
        "bad-motion": [
            "Campaigns/sample/campaign.yaml:16:9: error: 'motion' must be true or false, not 'sometimes'",
        ],
        "bad-date-rule": [
            "Campaigns/sample/campaign.yaml:17:10: error: unknown weekday 'wednsday'; did you mean 'Wednesday'?",
        ],
        "unknown-month": [
            "Campaigns/sample/campaign.yaml:17:10: error: unknown month 'juin'; expected one of: January, February, March, April, May, June, July, August, September, October, November, December",
        ],
        "bad-milestone": [
            "Campaigns/sample/campaign.yaml:20:3: error: unknown milestone 'print-files'; expected one of: translations-due, print-files-due, dispatch, newsletter, social-posts, social-follow-up",
            "Campaigns/sample/campaign.yaml:21:13: error: 'ten days before' is not a milestone offset; write e.g. '40 business days before', '7 days before', 'on the day' or '2 business days after'",
        ],
        "bad-holiday": [
            "Assets/holidays.yaml:3:3: error: member state DE has no public holidays here; deadlines are counted in its business days (write 'DE: []' if it truly has none)",
            "Assets/holidays.yaml:6:13: error: unknown month 'janvier'; expected one of: January, February, March, April, May, June, July, August, September, October, November, December",
        ],
        "date-missing-in-edition": [
            "Campaigns/sample/campaign.yaml:18:10: error: the key date rule 'fifth Monday of February' gives no date in 2027",
        ],
        "unknown-member-state": [
            "Campaigns/sample/campaign.yaml:31:3: error: unknown member state 'DX'",
        ],
        "member-state-by-name": [
            "Campaigns/sample/campaign.yaml:31:3: error: unknown member state 'Germany'; did you mean 'DE'?",
        ],
        "unknown-language": [
            "Campaigns/sample/campaign.yaml:30:8: error: unknown language 'cz'; did you mean 'cs'? ('cz' is a country code)",
        ],
        "language-without-strings": [
            "Campaigns/sample/campaign.yaml:31:12: error: DE chose Turkish ('tr'), but the campaign has no strings in it: add strings/tr.yaml",
        ],
        "missing-translation": [
            "Campaigns/sample/strings/de.yaml:1:1: warning: no translation of 'call-to-action' in de; de-DE will show the English source",
        ],
        "unknown-message-in-strings": [
            "Campaigns/sample/strings/cs.yaml:3:1: error: unknown key 'call-to-actoin' in the strings file; did you mean 'call-to-action'?",
        ],
        "duplicate-key-in-strings": [
            "Campaigns/sample/strings/fr.yaml:4:1: error: duplicate key 'headline' (first defined at line 2)",
        ],
        "empty-translation": [
            "Campaigns/sample/strings/nl.yaml:2:11: error: the translation of 'headline' is empty",
        ],
        "invalid-utf8": [
            "Campaigns/sample/strings/de.yaml:2:20: error: the file is not valid UTF-8",
        ],
        "phone-not-e164": [
            "Assets/member-states.yaml:21:17: error: '+420 116 006' is not in E.164 form: after '+' only digits may follow, without spaces or punctuation",
        ],
        "phone-wrong-calling-code": [
            "Assets/member-states.yaml:31:17: error: '+43116006' does not start with the state's calling code +49",
        ],
        "unknown-time-zone": [
            "Assets/member-states.yaml:16:15: error: unknown time zone 'Europe/Praha'; use an IANA name such as 'Europe/Prague'",
        ],
    ]

    @Test(arguments: FixtureProject.caseNames)
    func reportsExactlyTheExpectedDiagnostics(caseName: String) throws {
        let project = try FixtureProject(case: caseName)
        defer { project.remove() }
        let expected = try #require(Self.expected[caseName], "fixture '\(caseName)' has no expectation in BrokenSpecTests")
        #expect(project.diagnostics() == expected)
    }

    /// Every finding names a check the registry lists (and so the README's tables).
    @Test(arguments: FixtureProject.caseNames)
    func everyFindingNamesARegisteredCheck(caseName: String) throws {
        let project = try FixtureProject(case: caseName)
        defer { project.remove() }
        let registered = Set((CheckRegistry.rules + CheckRegistry.inputChecks + CheckRegistry.scheduleChecks).map(\.id))
        for finding in project.findings() {
            #expect(registered.contains(finding.check), "\(finding.check): \(finding)")
        }
    }

    @Test func everyExpectationHasAFixture() {
        #expect(Set(Self.expected.keys) == Set(FixtureProject.caseNames))
    }

    @Test func theBaseProjectIsClean() throws {
        let project = try FixtureProject()
        defer { project.remove() }
        #expect(project.diagnostics() == [])
    }
}
