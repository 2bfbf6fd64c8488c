// Non-variadic wrappers around libedit's native API (histedit.h), which Swift cannot call
// directly because el_set, el_get and history are variadic.
#ifndef MLOPS_LAB_CEDITLINE_SHIM_H
#define MLOPS_LAB_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/ioctl.h>

typedef char *(*mlops_prompt_fn)(EditLine *);
typedef unsigned char (*mlops_command_fn)(EditLine *, int);

/// Opens an editor on the process's standard streams (glibc's stdin/stdout globals stay in C).
static inline EditLine *mlops_el_open(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline void mlops_el_set_prompt(EditLine *el, mlops_prompt_fn fn) {
    el_set(el, EL_PROMPT_ESC, fn, '\1');
}

static inline void mlops_el_set_editor(EditLine *el, const char *mode) {
    el_set(el, EL_EDITOR, mode);
}

static inline void mlops_el_set_client_data(EditLine *el, void *data) {
    el_set(el, EL_CLIENTDATA, data);
}

static inline void *mlops_el_client_data(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline void mlops_el_set_history(EditLine *el, History *h) {
    el_set(el, EL_HIST, history, h);
}

static inline void mlops_el_add_function(EditLine *el, const char *name, const char *help, mlops_command_fn fn) {
    el_set(el, EL_ADDFN, name, help, fn);
}

static inline void mlops_el_bind(EditLine *el, const char *key, const char *function) {
    el_set(el, EL_BIND, key, function, NULL);
}

/// Reads one line; returns NULL at end of input or on an interrupting signal (see *error).
static inline const char *mlops_el_gets(EditLine *el, int *count, int *error) {
    errno = 0;
    const char *line = el_gets(el, count);
    *error = errno;
    return line;
}

static inline History *mlops_history_open(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}

static inline void mlops_history_enter(History *h, const char *line) {
    HistEvent ev;
    history(h, &ev, H_ENTER, line);
}

/// Installs a handler for `sig` without SA_RESTART, so a blocked read returns EINTR, and
/// unblocks the signal (a parent may have started us with it blocked).
static inline int mlops_install_handler(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(sig, &action, NULL) != 0) return -1;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    return sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// Columns of the terminal on `fd`, or 0 when it is not a terminal.
static inline int mlops_terminal_columns(int fd) {
    struct winsize size;
    if (ioctl(fd, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

#endif
