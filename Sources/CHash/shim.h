#ifndef RELATIONS_CHASH_SHIM_H
#define RELATIONS_CHASH_SHIM_H

/* SHA-256 from OpenSSL's libcrypto (Debian: libssl-dev), for the logs' hash chain
   (docs/CONTRACTS.md, "The log"). One call per line: lines are at most 1 MiB and always in
   memory. OpenSSL 3's one-shot SHA256() looks the algorithm up again on every call, which
   costs as much as hashing a 500-byte line, so each thread fetches it once and keeps one
   context (both live as long as the thread); SHA256() remains the fallback. */
#include <stddef.h>
#include <stdint.h>
#include <openssl/evp.h>
#include <openssl/sha.h>

static inline void rel_sha256(const void *data, size_t length, uint8_t digest[32]) {
  static _Thread_local EVP_MD *algorithm = NULL;
  static _Thread_local EVP_MD_CTX *context = NULL;
  if (algorithm == NULL) algorithm = EVP_MD_fetch(NULL, "SHA256", NULL);
  if (context == NULL) context = EVP_MD_CTX_new();
  unsigned int size = 0;
  if (algorithm != NULL && context != NULL && EVP_DigestInit_ex2(context, algorithm, NULL) == 1
      && EVP_DigestUpdate(context, data, length) == 1
      && EVP_DigestFinal_ex(context, digest, &size) == 1 && size == 32) {
    return;
  }
  SHA256((const unsigned char *)data, length, digest);
}

#endif
