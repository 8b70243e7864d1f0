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
/* Whether the terminal started by newterm can put the cursor anywhere (the cup capability):
   without it nothing can be drawn where it belongs. tigetstr answers (char *)-1 for a name
   that is not a string capability and NULL for one the terminal lacks. */
static inline int rel_can_address_cursor(void) {
  char *cup = tigetstr("cup");
  return cup != NULL && cup != (char *)-1;
}

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

/* Terminal escape sequences the app emits itself (bidi explicit mode, ARCHITECTURE.md). */
static inline void rel_write_raw(const char *bytes) {
  fputs(bytes, stdout);
  fflush(stdout);
}

/* Colours and mouse (CONTRACTS.md: click selects, wheel scrolls). */
static inline int rel_has_colors(void) { return has_colors(); }
static inline int rel_colors(void) { return COLORS; }
static inline int rel_key_mouse(void) { return KEY_MOUSE; }
static inline int rel_key_btab(void) { return KEY_BTAB; }
static inline void rel_enable_mouse(void) {
  mousemask(BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
  mouseinterval(0);
}
/* The last mouse event: kind 1 click, 2 wheel up, 3 wheel down, 0 anything else. */
static inline int rel_read_mouse(int *x, int *y) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  *x = event.x;
  *y = event.y;
  if (event.bstate & BUTTON4_PRESSED) return 2;
#ifdef BUTTON5_PRESSED
  if (event.bstate & BUTTON5_PRESSED) return 3;
#endif
  if (event.bstate & (BUTTON1_CLICKED | BUTTON1_PRESSED)) return 1;
  return 0;
}
/* Key sequences that terminals and tmux send but a TERM's terminfo may not list (tmux sends
   ESC [ 1 ~ for Home under TERM=xterm-256color, whose terminfo says ESC O H): taught to
   ncurses, so Home is KEY_HOME instead of ESC, '[', '1', '~' (and '1' a screen number). */
static inline void rel_define_keys(void) {
  static const struct { const char *sequence; int code; } keys[] = {
    {"\033[1~", KEY_HOME}, {"\033[7~", KEY_HOME}, {"\033[H", KEY_HOME}, {"\033OH", KEY_HOME},
    {"\033[4~", KEY_END}, {"\033[8~", KEY_END}, {"\033[F", KEY_END}, {"\033OF", KEY_END},
    {"\033[5~", KEY_PPAGE}, {"\033[6~", KEY_NPAGE},
    {"\033OP", KEY_F(1)}, {"\033OQ", KEY_F(2)}, {"\033OR", KEY_F(3)}, {"\033OS", KEY_F(4)},
    {"\033[11~", KEY_F(1)}, {"\033[12~", KEY_F(2)}, {"\033[13~", KEY_F(3)},
    {"\033[14~", KEY_F(4)}, {"\033[15~", KEY_F(5)}, {"\033[17~", KEY_F(6)},
    {"\033[18~", KEY_F(7)}, {"\033[19~", KEY_F(8)}, {"\033[20~", KEY_F(9)},
    {"\033[21~", KEY_F(10)},
  };
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
    if (key_defined(keys[i].sequence) == 0) define_key(keys[i].sequence, keys[i].code);
  }
}

static inline attr_t rel_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t rel_attr_bold(void) { return A_BOLD; }
static inline attr_t rel_attr_reverse(void) { return A_REVERSE; }
static inline attr_t rel_attr_dim(void) { return A_DIM; }
static inline attr_t rel_attr_normal(void) { return A_NORMAL; }

#endif
