// zlib, from Debian's zlib1g-dev: compresses the stored article text.
#include <zlib.h>
