// libxml2's HTML parser and tree. Debian builds libxml2 with ICU support, and its headers
// would then include ICU's, which clash with the ICU copy inside Swift's Foundation
// ("UErrorCode … is not present in definition"). podium never uses the ICU parts (encoding
// handlers are only passed around as pointers), so they are switched off here.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
