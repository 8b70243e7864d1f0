#ifndef RELATIONS_CNCURSES_SHIM_H
#define RELATIONS_CNCURSES_SHIM_H

/* Wide-character ncurses. Macros and variadic functions do not import into Swift,
   so the few the app needs are wrapped here as static inline functions. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <stdio.h>
#include <unistd.h>

static inline WINDOW *rel_stdscr(void) { return stdscr; }
static inline FILE *rel_stdout(void) { return stdout; }
static inline FILE *rel_stdin(void) { return stdin; }
/* The column width ncursesw itself uses for a character (-1 for controls). */
static inline int rel_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int rel_lines(void) { return LINES; }
static inline int rel_cols(void) { return COLS; }
static inline int rel_key_resize(void) { return KEY_RESIZE; }
static inline int rel_key_f(int n) { return KEY_F(n); }
static inline int rel_color_pair(int n) { return COLOR_PAIR(n); }
static inline int rel_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int rel_getmaxx(WINDOW *w) { return getmaxx(w); }

/* Writes one cell: a base character plus up to four combining marks, with attributes. */
static inline int rel_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, chars, attrs, pair, NULL) != OK) return ERR;
  return mvadd_wch(y, x, &cell);
}

/* Writes a whole string of wide characters at a position, for simple screens. */
static inline int rel_put_wstr(int y, int x, const wchar_t *text) {
  return mvaddwstr(y, x, text);
}

static inline int rel_attr_on(int attrs) { return attron(attrs); }
static inline int rel_attr_off(int attrs) { return attroff(attrs); }
static inline int rel_a_bold(void) { return A_BOLD; }
static inline int rel_a_reverse(void) { return A_REVERSE; }
static inline int rel_a_dim(void) { return A_DIM; }

/* Terminal escape sequences the app emits itself (bidi explicit mode, DESIGN §9). */
static inline void rel_write_raw(const char *bytes) {
  fputs(bytes, stdout);
  fflush(stdout);
}

#endif
