# Installation and packages (README "Packages").
#   Linux:   cmake --build --preset default --target package  ->  build/cms-console_<version>_<arch>.deb
#   Windows: an NSIS installer, the Qt libraries deployed by windeployqt (recipe, not built here)
#   macOS:   a DragNDrop disk image, the Qt frameworks deployed by macdeployqt (recipe, not built here)
# The translations are compiled into the executables (resources under :/i18n); Qt's own catalogue comes
# from the system (Linux) or from the deployment tool (Windows, macOS).
include(GNUInstallDirs)

if(APPLE)
    # cmsctl and cms-sim live inside the bundle, next to cms-console, and use its frameworks.
    install(TARGETS cms-console BUNDLE DESTINATION .)
    install(TARGETS cmsctl cms-sim RUNTIME DESTINATION cms-console.app/Contents/MacOS)
else()
    install(TARGETS cms-console cmsctl cms-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

if(WIN32 OR APPLE)
    # windeployqt / macdeployqt copy the Qt libraries and plugins (platform, TLS, image formats,
    # translations) next to cms-console; cmsctl and cms-sim need a subset of the same. QtKeychain is not a
    # Qt module, so its library is installed as an imported runtime artifact.
    qt_generate_deploy_app_script(TARGET cms-console FILENAME_VARIABLE cms_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${cms_deploy_script})
    install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
        RUNTIME DESTINATION $<IF:$<BOOL:${APPLE}>,cms-console.app/Contents/Frameworks,${CMAKE_INSTALL_BINDIR}>
        LIBRARY DESTINATION $<IF:$<BOOL:${APPLE}>,cms-console.app/Contents/Frameworks,${CMAKE_INSTALL_BINDIR}>)
endif()

set(CPACK_PACKAGE_NAME cms-console)
set(CPACK_PACKAGE_VENDOR "CMS Console")
set(CPACK_PACKAGE_CONTACT "CMS Console developers <cms-console@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Console for Cisco Meeting Server clusters")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "A desktop console (cms-console) and a command-line tool (cmsctl) for administering and operating Cisco "
    "Meeting Server clusters through their REST API, with cms-sim, a simulated cluster for demonstrations "
    "and tests. English, French, Korean and Arabic.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CMS Console")
set(CPACK_PACKAGE_EXECUTABLES cms-console "CMS Console")
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR})
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS)
    set(CPACK_NSIS_DISPLAY_NAME "CMS Console")
    set(CPACK_NSIS_INSTALLED_ICON_NAME bin/cms-console.exe)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "CMS Console")
else()
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)          # cms-console_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)           # library dependencies from dpkg-shlibdeps
    # What dpkg-shlibdeps cannot see: plugins loaded at run time (SVG icons) and Qt's own translations
    # (standard buttons and dialogs in French, Korean and Arabic).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-translations-l10n")
    # A secret service keeps the passwords (QtKeychain over D-Bus); fonts that draw Korean and Arabic.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, fonts-noto-cjk, fonts-noto-core")
endif()

include(CPack)
