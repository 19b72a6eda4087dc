// Zstandard, from Debian's libzstd-dev: compresses the stored article text.
#include <zstd.h>
