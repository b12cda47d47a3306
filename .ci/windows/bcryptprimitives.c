/*
 * Test set-up only, never shipped: Rust's standard library gets random bytes
 * (for HashMap seeds, temporary file names) from ProcessPrng in
 * bcryptprimitives.dll, which Windows 10 and later have and Debian's Wine 8
 * lacks. Beside the test executables, this DLL gives Wine the function,
 * forwarding to RtlGenRandom (advapi32's SystemFunction036). .ci/run builds
 * it with Debian's mingw-w64 before running the tests under Wine.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
