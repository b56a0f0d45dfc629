# One INTERFACE target carries the compile policy; every target of the project links it.
option(CMS_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" "$ENV{CI}")

add_library(cms_compile_policy INTERFACE)
target_compile_definitions(cms_compile_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(cms_compile_policy INTERFACE /W4 /utf-8 /permissive-)
    if(CMS_WARNINGS_AS_ERRORS)
        target_compile_options(cms_compile_policy INTERFACE /WX)
    endif()
else()
    # -Wmismatched-tags: a struct forward-declared as a class (or the reverse) is an error on MSVC (C4099).
    target_compile_options(cms_compile_policy INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Woverloaded-virtual -Wmismatched-tags)
    if(CMS_WARNINGS_AS_ERRORS)
        target_compile_options(cms_compile_policy INTERFACE -Werror)
    endif()
endif()
