# cms_add_test(NAME name SOURCES ... LIBS ... LABELS ... [TIMEOUT s])
# One Qt Test executable per class or feature, registered with CTest, run on the offscreen platform.
# CMS_TEST_TIMEOUT_FACTOR stretches every timeout for slow builds (the asan preset runs about 3× slower).
set(CMS_TEST_TIMEOUT_FACTOR 1 CACHE STRING "Multiplier of every test's timeout")
function(cms_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test cms_compile_policy ${T_LIBS})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    math(EXPR T_TIMEOUT "${T_TIMEOUT} * ${CMS_TEST_TIMEOUT_FACTOR}")
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABELS}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.httpserver=false")
endfunction()
