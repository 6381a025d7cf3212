#ifndef CAMPAIGN_CLIBXML2_SHIM_H
#define CAMPAIGN_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

/* xmlFree is a global function pointer, which Swift 6's strict concurrency refuses to read. */
static inline void campaign_xml_free(void *pointer) { xmlFree(pointer); }

#endif
