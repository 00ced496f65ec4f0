#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H

// libedit's native API (histedit.h), made callable from Swift.
//
// el_set(), el_get() and history() are C variadic functions, which Swift does not
// import; each operation tracuu needs is wrapped here in a fixed-arity inline function.
// Swift 6 also refuses C's mutable globals stdin/stdout/stderr, so they are handed
// over from C.
#include <histedit.h>
#include <stdio.h>

static inline EditLine *_Nullable tq_el_init(const char *_Nonnull program) {
    return el_init(program, stdin, stdout, stderr);
}

typedef char *_Nullable (*tq_prompt_fn)(EditLine *_Nullable);
typedef unsigned char (*tq_command_fn)(EditLine *_Nullable, int);

static inline int tq_el_set_prompt(EditLine *_Nonnull el, tq_prompt_fn _Nonnull fn) {
    return el_set(el, EL_PROMPT, fn);
}
static inline int tq_el_set_editor(EditLine *_Nonnull el, const char *_Nonnull mode) {
    return el_set(el, EL_EDITOR, mode);
}
static inline int tq_el_set_signal(EditLine *_Nonnull el, int on) {
    return el_set(el, EL_SIGNAL, on);
}
static inline int tq_el_set_history(EditLine *_Nonnull el, History *_Nonnull h) {
    return el_set(el, EL_HIST, history, h);
}
static inline int tq_el_add_function(EditLine *_Nonnull el, const char *_Nonnull name,
                                     const char *_Nonnull help, tq_command_fn _Nonnull fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int tq_el_bind(EditLine *_Nonnull el, const char *_Nonnull key, const char *_Nonnull fn) {
    return el_set(el, EL_BIND, key, fn, (const char *)NULL);
}
static inline int tq_el_set_clientdata(EditLine *_Nonnull el, void *_Nullable data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *_Nullable tq_el_get_clientdata(EditLine *_Nonnull el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
typedef int (*tq_getc_fn)(EditLine *_Nullable, wchar_t *_Nullable);

static inline int tq_el_set_getc(EditLine *_Nonnull el, tq_getc_fn _Nonnull fn) {
    return el_set(el, EL_GETCFN, fn);
}
static inline int tq_el_refresh(EditLine *_Nonnull el) {
    return el_set(el, EL_REFRESH);
}
// The line being edited: its text up to the cursor's position, as wide characters.
static inline int tq_el_character_before_cursor(EditLine *_Nonnull el) {
    const LineInfoW *line = el_wline(el);
    if (line == NULL || line->cursor <= line->buffer) return -1;
    return (int)line->cursor[-1];
}
static inline int tq_el_replace_before_cursor(EditLine *_Nonnull el, wchar_t c) {
    wchar_t text[2] = { c, 0 };
    el_deletestr(el, 1);
    return el_winsertstr(el, text);
}

static inline int tq_el_terminal_columns(EditLine *_Nonnull el) {
    int columns = 0;
    if (el_get(el, EL_GETTC, "co", &columns) != 0) return 0;
    return columns;
}

static inline int tq_history_set_size(History *_Nonnull h, int n) {
    HistEvent ev; return history(h, &ev, H_SETSIZE, n);
}
static inline int tq_history_set_unique(History *_Nonnull h, int on) {
    HistEvent ev; return history(h, &ev, H_SETUNIQUE, on);
}
static inline int tq_history_enter(History *_Nonnull h, const char *_Nonnull line) {
    HistEvent ev; return history(h, &ev, H_ENTER, line);
}
static inline int tq_history_load(History *_Nonnull h, const char *_Nonnull path) {
    HistEvent ev; return history(h, &ev, H_LOAD, path);
}
static inline int tq_history_save(History *_Nonnull h, const char *_Nonnull path) {
    HistEvent ev; return history(h, &ev, H_SAVE, path);
}
static inline int tq_history_save_fp(History *_Nonnull h, FILE *_Nonnull fp) {
    HistEvent ev; return history(h, &ev, H_SAVE_FP, fp);
}
static inline int tq_history_count(History *_Nonnull h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) == -1) return -1;
    return ev.num;
}
// Walks the history from the oldest entry: first = 1 starts, first = 0 goes on.
// Returns NULL at the end.
static inline const char *_Nullable tq_history_step(History *_Nonnull h, int first) {
    HistEvent ev;
    if (history(h, &ev, first ? H_LAST : H_PREV) == -1) return NULL;
    return ev.str;
}

// The process's standard output stream, for text printed between two prompts.
static inline FILE *_Nonnull tq_stdout(void) { fflush(stdout); return stdout; }

#endif
