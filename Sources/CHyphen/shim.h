#ifndef CAMPAIGN_CHYPHEN_SHIM_H
#define CAMPAIGN_CHYPHEN_SHIM_H

/* libhyphen (Debian's libhyphen-dev), the hyphenator of LibreOffice and Scribus, reading the
   TeX-derived patterns of Debian's hyphen-* packages. It ships no pkg-config file: the module
   map links it by name. */
#include <hyphen.h>

#endif
