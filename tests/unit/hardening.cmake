# Fuzzing findings as regression tests (issue 8): the libFuzzer harnesses of tests/fuzz, built
# here without libFuzzer (each entry point renamed), replay every seed of tests/fuzz/<name>/corpus
# and every finding kept in tests/fuzz/<name>/regressions, in the normal and the sanitizer build.
set(_fuzz "${PROJECT_SOURCE_DIR}/tests/fuzz")
ferry_add_test(NAME fuzz_regressions LABEL unit
    SOURCES test_fuzz_regressions.cpp "${_fuzz}/vsphere/fuzz_vsphere.cpp"
        "${_fuzz}/incus/fuzz_incus.cpp" "${_fuzz}/vmdk/fuzz_vmdk.cpp"
        "${_fuzz}/vmdkdelta/fuzz_vmdkdelta.cpp"
    LIBS ferry_core)
set_source_files_properties("${_fuzz}/vsphere/fuzz_vsphere.cpp" PROPERTIES
    COMPILE_DEFINITIONS LLVMFuzzerTestOneInput=ferryFuzzVsphere)
set_source_files_properties("${_fuzz}/incus/fuzz_incus.cpp" PROPERTIES
    COMPILE_DEFINITIONS LLVMFuzzerTestOneInput=ferryFuzzIncus)
set_source_files_properties("${_fuzz}/vmdk/fuzz_vmdk.cpp" PROPERTIES
    COMPILE_DEFINITIONS LLVMFuzzerTestOneInput=ferryFuzzVmdk)
set_source_files_properties("${_fuzz}/vmdkdelta/fuzz_vmdkdelta.cpp" PROPERTIES
    COMPILE_DEFINITIONS LLVMFuzzerTestOneInput=ferryFuzzVmdkDelta)
