/* ThreadSanitizer builds only (scripts/test.sh preloads it with STREAMSCOPE_SANITIZE=thread).
 *
 * Debian's librdkafka starts its threads with C11 thrd_create(), which glibc implements without
 * going through the pthread_create symbol that ThreadSanitizer intercepts (GCC 12's runtime has
 * no thrd_create interceptor). Threads TSan never saw start crash in its allocator on their first
 * malloc, and threads joined behind its back leave their ids "in use"; its C11 mutexes and
 * condition variables are glibc's pthread ones called by internal names, so TSan does not see
 * librdkafka's locking either and reports every record handed over through its queues. These
 * functions do what glibc's do (a mtx_t is a pthread_mutex_t, a cnd_t a pthread_cond_t) through
 * the public pthread calls TSan intercepts. */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <threads.h>

struct start {
    thrd_start_t func;
    void* arg;
};

static void* trampoline(void* opaque) {
    struct start s = *(struct start*)opaque;
    free(opaque);
    return (void*)(intptr_t)s.func(s.arg);
}

int thrd_create(thrd_t* thr, thrd_start_t func, void* arg) {
    struct start* s = malloc(sizeof *s);
    if (!s)
        return thrd_nomem;
    s->func = func;
    s->arg = arg;
    pthread_t thread;
    const int err = pthread_create(&thread, NULL, trampoline, s);
    if (err != 0) {
        free(s);
        return thrd_error;
    }
    *thr = (thrd_t)thread;
    return thrd_success;
}

int thrd_join(thrd_t thr, int* res) {
    void* result = NULL;
    if (pthread_join((pthread_t)thr, &result) != 0)
        return thrd_error;
    if (res)
        *res = (int)(intptr_t)result;
    return thrd_success;
}

int thrd_detach(thrd_t thr) {
    return pthread_detach((pthread_t)thr) == 0 ? thrd_success : thrd_error;
}

static int result(int err) {
    switch (err) {
    case 0:
        return thrd_success;
    case ETIMEDOUT:
        return thrd_timedout;
    case EBUSY:
        return thrd_busy;
    case ENOMEM:
        return thrd_nomem;
    default:
        return thrd_error;
    }
}

int mtx_init(mtx_t* mutex, int type) {
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    if (type & mtx_recursive)
        pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    const int err = pthread_mutex_init((pthread_mutex_t*)mutex, &attr);
    pthread_mutexattr_destroy(&attr);
    return result(err);
}

int mtx_lock(mtx_t* mutex) {
    return result(pthread_mutex_lock((pthread_mutex_t*)mutex));
}

int mtx_trylock(mtx_t* mutex) {
    return result(pthread_mutex_trylock((pthread_mutex_t*)mutex));
}

int mtx_timedlock(mtx_t* restrict mutex, const struct timespec* restrict until) {
    return result(pthread_mutex_timedlock((pthread_mutex_t*)mutex, until));
}

int mtx_unlock(mtx_t* mutex) {
    return result(pthread_mutex_unlock((pthread_mutex_t*)mutex));
}

void mtx_destroy(mtx_t* mutex) {
    pthread_mutex_destroy((pthread_mutex_t*)mutex);
}

int cnd_init(cnd_t* cond) {
    return result(pthread_cond_init((pthread_cond_t*)cond, NULL));
}

int cnd_signal(cnd_t* cond) {
    return result(pthread_cond_signal((pthread_cond_t*)cond));
}

int cnd_broadcast(cnd_t* cond) {
    return result(pthread_cond_broadcast((pthread_cond_t*)cond));
}

int cnd_wait(cnd_t* cond, mtx_t* mutex) {
    return result(pthread_cond_wait((pthread_cond_t*)cond, (pthread_mutex_t*)mutex));
}

int cnd_timedwait(cnd_t* restrict cond, mtx_t* restrict mutex,
                  const struct timespec* restrict until) {
    return result(pthread_cond_timedwait((pthread_cond_t*)cond, (pthread_mutex_t*)mutex, until));
}

void cnd_destroy(cnd_t* cond) {
    pthread_cond_destroy((pthread_cond_t*)cond);
}
