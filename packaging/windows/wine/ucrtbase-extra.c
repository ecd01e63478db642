/* WORKAROUND for Wine 10.0 (Debian 13), TEST-ONLY: Wine's ucrtbase.dll lacks creal, cimag and
 * their float/long double forms, which numpy >= 2.1 imports ("Unimplemented function
 * ucrtbase.dll.crealf"); Windows 10/11's ucrtbase has them. make-standins.sh builds a proxy
 * ucrtbase.dll from this file plus a .def that forwards every other export to a renamed copy
 * of Wine's own ucrtbase (ucrtbase_wine.dll). It lives only in the test Wine prefix's
 * system32, loaded with WINEDLLOVERRIDES=ucrtbase=n,b; it never enters the bundle or the
 * installers (test-under-wine.sh checks that). Delete when Wine implements these. */
/* MSVC's _Dcomplex/_Lcomplex are 16-byte structs (passed by reference in the x64 ABI),
 * _Fcomplex is 8 bytes (passed in a register); these structs give the same calling convention. */
typedef struct { double v[2]; } dcomplex;
typedef struct { float v[2]; } fcomplex;

__declspec(dllexport) double creal(dcomplex z) { return z.v[0]; }
__declspec(dllexport) double cimag(dcomplex z) { return z.v[1]; }
__declspec(dllexport) float crealf(fcomplex z) { return z.v[0]; }
__declspec(dllexport) float cimagf(fcomplex z) { return z.v[1]; }
/* long double is double on Windows x64 (MSVC). */
__declspec(dllexport) double creall(dcomplex z) { return z.v[0]; }
__declspec(dllexport) double cimagl(dcomplex z) { return z.v[1]; }

int __stdcall DllMainCRTStartup(void *h, unsigned long r, void *p) { (void)h; (void)r; (void)p; return 1; }
