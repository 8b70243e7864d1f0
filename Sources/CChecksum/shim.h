#ifndef RELATIONS_CCHECKSUM_SHIM_H
#define RELATIONS_CCHECKSUM_SHIM_H

/* CRC-32C with the processor's CRC32 instruction (SSE4.2 on x86-64), about ten times the
   speed of tables. Swift has no intrinsic for it, so it lives here; callers fall back to
   the table implementation when rel_crc32c_hardware_available() is 0. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__x86_64__)


static inline int rel_crc32c_hardware_available(void) {
  __builtin_cpu_init();
  return __builtin_cpu_supports("sse4.2");
}

__attribute__((target("sse4.2")))
static inline uint32_t rel_crc32c_hardware(uint32_t crc, const void *data, size_t length) {
  const unsigned char *bytes = (const unsigned char *)data;
  uint64_t value = ~crc;
  while (length >= 8) {
    uint64_t word;
    memcpy(&word, bytes, 8);
    value = __builtin_ia32_crc32di(value, word);
    bytes += 8;
    length -= 8;
  }
  uint32_t small = (uint32_t)value;
  while (length > 0) {
    small = __builtin_ia32_crc32qi(small, *bytes);
    bytes++;
    length--;
  }
  return ~small;
}
#else
static inline int rel_crc32c_hardware_available(void) { return 0; }
static inline uint32_t rel_crc32c_hardware(uint32_t crc, const void *data, size_t length) {
  (void)data; (void)length; return crc;
}
#endif

#endif
