// A thin extern "C" shim over CLD2, so Swift targets need no C++ interop.
#include <cstdio>
#include <cstring>
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
#include <cld2/internal/lang_script.h>
#include "ccld2.h"

extern "C" void ccld2_detect(const char *text, size_t length, const char *hint, ccld2_result *out) {
    CLD2::Language language_hint = CLD2::UNKNOWN_LANGUAGE;
    if (hint != nullptr && hint[0] != '\0') {
        language_hint = CLD2::GetLanguageFromName(hint);
    }
    CLD2::Language languages[3];
    int percents[3];
    double scores[3];
    int text_bytes = 0;
    bool reliable = false;
    CLD2::ExtDetectLanguageSummary(text, static_cast<int>(length), true, nullptr,
                                   CLD2::UNKNOWN_ENCODING, language_hint,
                                   languages, percents, scores, &text_bytes, &reliable);
    for (int i = 0; i < 3; i++) {
        const char *code = CLD2::LanguageCode(languages[i]);
        std::strncpy(out->codes[i], code, 7);
        out->codes[i][7] = '\0';
        out->percents[i] = percents[i];
        out->scores[i] = scores[i];
    }
    out->text_bytes = text_bytes;
    out->reliable = reliable ? 1 : 0;
}
