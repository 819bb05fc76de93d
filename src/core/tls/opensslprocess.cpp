// OpenSSL without its exit-time cleanup, in every program that links the core's tls layer.
//
// libpq (the QPSQL driver) and Qt's TLS backend use OpenSSL on worker threads. A Qt thread is
// detached: QThread::wait() returns before the thread's key destructors ran, and OpenSSL frees
// each thread's state in such a destructor. When the process then exits, OpenSSL's atexit
// handler (OPENSSL_cleanup) frees the library's global state while the last worker may still be
// freeing its own: a race that corrupted the heap at exit ("corrupted double-linked list", seen
// in pg.databasesettings under CI load) and leaked certificates under LeakSanitizer.
//
// Initialising OpenSSL first with OPENSSL_INIT_NO_ATEXIT registers no such handler; the
// operating system reclaims the memory at exit. This runs before main() (a static initialiser
// in an object file linked into every consumer, see CMakeLists.txt), so it precedes libpq's and
// Qt's own initialisation, whose later calls then find the library initialised.

#include <openssl/crypto.h>

namespace {

const bool g_openSslWithoutAtExit = [] {
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}();

} // namespace
