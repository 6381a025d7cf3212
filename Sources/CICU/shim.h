#ifndef CICU_SHIM_H
#define CICU_SHIM_H

// ICU renames every C entry point with its major version (uplrules_open becomes
// uplrules_open_72) through macros that Swift cannot import. These inline
// wrappers are compiled against the installed headers, so the Swift code calls
// stable names and links against whichever ICU version the system provides.

#include <stdbool.h>
#include <unicode/utypes.h>
#include <unicode/uenum.h>
#include <unicode/uloc.h>
#include <unicode/upluralrules.h>
#include <unicode/ubrk.h>

static inline bool cicu_failure(UErrorCode status) {
    return U_FAILURE(status);
}

static inline const char *cicu_error_name(UErrorCode status) {
    return u_errorName(status);
}

static inline int32_t cicu_locale_for_language_tag(const char *tag, char *localeID,
                                                   int32_t capacity, int32_t *parsedLength,
                                                   UErrorCode *status) {
    return uloc_forLanguageTag(tag, localeID, capacity, parsedLength, status);
}

static inline UPluralRules *cicu_cardinal_rules_open(const char *localeID, UErrorCode *status) {
    return uplrules_openForType(localeID, UPLURAL_TYPE_CARDINAL, status);
}

static inline void cicu_plural_rules_close(UPluralRules *rules) {
    uplrules_close(rules);
}

static inline int32_t cicu_plural_rules_select(const UPluralRules *rules, double number,
                                               UChar *keyword, int32_t capacity,
                                               UErrorCode *status) {
    return uplrules_select(rules, number, keyword, capacity, status);
}

static inline UEnumeration *cicu_plural_rules_keywords(const UPluralRules *rules, UErrorCode *status) {
    return uplrules_getKeywords(rules, status);
}

static inline const char *cicu_enumeration_next(UEnumeration *enumeration, int32_t *length,
                                                UErrorCode *status) {
    return uenum_next(enumeration, length, status);
}

static inline void cicu_enumeration_close(UEnumeration *enumeration) {
    uenum_close(enumeration);
}

/* Break iterators: line-break opportunities (with ICU's dictionaries for Khmer, Lao, Myanmar
   and Thai) and word boundaries (with its dictionary for Chinese and Japanese). */
static inline UBreakIterator *cicu_break_open(bool words, const char *localeID, const UChar *text,
                                              int32_t length, UErrorCode *status) {
    return ubrk_open(words ? UBRK_WORD : UBRK_LINE, localeID, text, length, status);
}

static inline int32_t cicu_break_next(UBreakIterator *iterator) {
    return ubrk_next(iterator);
}

static inline int32_t cicu_break_rule_status(UBreakIterator *iterator) {
    return ubrk_getRuleStatus(iterator);
}

static inline void cicu_break_close(UBreakIterator *iterator) {
    ubrk_close(iterator);
}

#endif
