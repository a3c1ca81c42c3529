#ifndef CENTRIC_CLIBXML2_SHIM_H
#define CENTRIC_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU, so its encoding.h pulls in the system's <unicode/ucnv.h>,
// which clashes with the ICU copy inside Swift's Foundation in any module importing both.
// Centric never touches the ICU fields of xmlCharEncodingHandler (the only declarations that
// depend on this macro), so hiding them from Swift is safe.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>

// Swift 6 rejects libxml2's global function pointer `xmlFree`; wrap it.
static inline void cxml_free(void *p) { xmlFree(p); }
// Silence libxml2's default error printing to stderr for hostile input.
static void cxml_silent_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void cxml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, cxml_silent_error);
}
#endif
