#ifndef RELATIONS_CHASH_SHIM_H
#define RELATIONS_CHASH_SHIM_H

/* SHA-256 from OpenSSL's libcrypto (Debian: libssl-dev), for the logs' hash chain
   (docs/CONTRACTS.md, "The log"). One call per line: lines are at most 1 MiB and always in
   memory, so the one-shot form is all that is needed; it uses the processor's SHA
   instructions where there are some. */
#include <stddef.h>
#include <stdint.h>
#include <openssl/sha.h>

static inline void rel_sha256(const void *data, size_t length, uint8_t digest[32]) {
  SHA256((const unsigned char *)data, length, digest);
}

#endif
