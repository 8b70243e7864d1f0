#ifndef RELATIONS_CFRIBIDI_SHIM_H
#define RELATIONS_CFRIBIDI_SHIM_H

/* GNU FriBidi: the Unicode bidirectional algorithm and Arabic shaping. */
#include <fribidi/fribidi.h>

static inline FriBidiParType rel_fribidi_par_on(void) { return FRIBIDI_PAR_ON; }
static inline FriBidiParType rel_fribidi_par_ltr(void) { return FRIBIDI_PAR_LTR; }
static inline FriBidiParType rel_fribidi_par_rtl(void) { return FRIBIDI_PAR_RTL; }

#endif
