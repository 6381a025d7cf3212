import CampaignModel
import Testing

@Suite struct PhoneNumberTests {
    @Test(arguments: ["+420116006", "+49116006", "+35312345678"])
    func acceptsE164(number: String) {
        #expect(PhoneNumber.e164Problem(number) == nil)
    }

    @Test(arguments: [
        ("420116006", "'420116006' is not in E.164 form: it must start with '+' and the country calling code"),
        ("+420 116 006", "'+420 116 006' is not in E.164 form: after '+' only digits may follow, without spaces or punctuation"),
        ("+0420116006", "'+0420116006' is not in E.164 form: a country calling code never starts with 0"),
        ("+4201160061234567", "'+4201160061234567' is not in E.164 form: it has 16 digits, at most 15 are allowed"),
        ("+112", "'+112' is too short for an E.164 number (3 digits)"),
    ])
    func refusesOtherForms(number: String, problem: String) {
        #expect(PhoneNumber.e164Problem(number) == problem)
    }
}
