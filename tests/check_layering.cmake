# Layering.UpwardIncludeFails: builds the probe (a syntax-level source that
# includes a coder header) and passes only if the compiler could not find the
# header. cmake -DBUILD_DIR=<build> -P check_layering.cmake
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target layering_probe
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(rc EQUAL 0)
  message(FATAL_ERROR "the syntax layer could include a coder header: layering is not enforced")
endif()
if(NOT "${out}${err}" MATCHES "coder/event.h: No such file or directory")
  message(FATAL_ERROR "the probe failed for another reason than the missing header:\n${out}${err}")
endif()
message(STATUS "an include of coder/event.h from the syntax layer fails, as it should")
