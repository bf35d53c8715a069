# Install rules and CPack settings for the application.
#
# Every package file name carries PROJECT_VERSION. `cpack` in the build folder writes into
# <build>/packages:
#   Linux:   resto360-backoffice_<version>_<arch>.deb and
#            resto360-backoffice-<version>-Linux-<processor>.tar.gz. The .deb installs under
#            /usr, with the .desktop file, the AppStream metadata and the icons where desktop
#            environments and software centres look for them.
#   Windows: resto360-backoffice-<version>-Windows-<processor>.exe, an NSIS installer
#            (packaging/windows/NsisSettings.cmake).
#   macOS:   resto360-backoffice-<version>-Darwin-<processor>.dmg, a disk image holding
#            "RESTO360 Back Office.app" (packaging/macos/MacBundle.cmake).
# The Windows and macOS packages bundle a PostgreSQL build for the local database: set
# RESTO360_PG_BUNDLE_DIR to its installation folder, the one that holds bin, lib and share.

include(GNUInstallDirs)

set(RESTO360_APP_ID "ci.resto360.BackOffice")
set(RESTO360_PACKAGE_NAME "resto360-backoffice")
set(RESTO360_DISPLAY_NAME "RESTO360 Back Office")
set(linux_packaging_dir "${PROJECT_SOURCE_DIR}/packaging/linux")

set(RESTO360_PG_BUNDLE_DIR "" CACHE PATH
    "PostgreSQL installation folder (with bin, lib and share) that the Windows and macOS packages bundle")
# A normal variable with forward slashes, which install() and generated scripts read as is.
file(TO_CMAKE_PATH "${RESTO360_PG_BUNDLE_DIR}" RESTO360_PG_BUNDLE_DIR)
if(WIN32 OR APPLE)
    if(RESTO360_PG_BUNDLE_DIR STREQUAL "")
        message(WARNING "RESTO360_PG_BUNDLE_DIR is not set: the package will lack PostgreSQL, "
            "so the installed program cannot start its local database.")
    else()
        foreach(program IN ITEMS initdb pg_ctl postgres)
            if(NOT EXISTS "${RESTO360_PG_BUNDLE_DIR}/bin/${program}${CMAKE_EXECUTABLE_SUFFIX}")
                message(FATAL_ERROR "RESTO360_PG_BUNDLE_DIR=${RESTO360_PG_BUNDLE_DIR} has no "
                    "bin/${program}${CMAKE_EXECUTABLE_SUFFIX}; point it at a PostgreSQL 15 "
                    "installation folder.")
            endif()
        endforeach()
    endif()
endif()

if(TARGET resto360-backoffice)
    if(APPLE)
        # Bundle properties, Info.plist and the icon, which must be set before install().
        include("${CMAKE_CURRENT_LIST_DIR}/macos/MacBundle.cmake")
    elseif(WIN32)
        # The program's icon and version resource.
        set(RESTO360_WINDOWS_ICON "${CMAKE_CURRENT_LIST_DIR}/windows/resto360.ico")
        configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/resto360.rc.in"
            "${CMAKE_BINARY_DIR}/packaging/resto360.rc" @ONLY)
        target_sources(resto360-backoffice PRIVATE "${CMAKE_BINARY_DIR}/packaging/resto360.rc")
    endif()
    install(TARGETS resto360-backoffice
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}"
        BUNDLE DESTINATION .)
    if(WIN32)
        include("${CMAKE_CURRENT_LIST_DIR}/windows/WindowsDeploy.cmake")
    elseif(APPLE)
        include("${CMAKE_CURRENT_LIST_DIR}/macos/MacDeploy.cmake")
    endif()
else()
    message(STATUS "Packaging: no resto360-backoffice target, packages will lack the program")
endif()

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    install(FILES "${linux_packaging_dir}/${RESTO360_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${linux_packaging_dir}/${RESTO360_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

    # The icon theme specification looks the icon up by the name in the .desktop file's Icon key.
    foreach(icon_size IN ITEMS 16 32 48 64 128 256)
        install(FILES "${linux_packaging_dir}/icons/resto360-${icon_size}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${icon_size}x${icon_size}/apps"
            RENAME "${RESTO360_APP_ID}.png")
    endforeach()
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/resto360.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${RESTO360_APP_ID}.svg")
endif()

# Settings shared by every generator.
set(CPACK_PACKAGE_NAME "${RESTO360_PACKAGE_NAME}")
set(CPACK_PACKAGE_VENDOR "RESTO360")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Back office for restaurant owners and managers")
# Lines of at most 80 characters, as the .deb's extended description expects.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "RESTO360 Back Office lets restaurant owners create their restaurant, add staff,\n"
    "give each person a role and edit the restaurant's settings. People sign in with\n"
    "their phone number and password. Data lives in a bundled local PostgreSQL\n"
    "database or on the restaurant group's PostgreSQL server, which enforces the\n"
    "permissions of each role.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_CONTACT "RESTO360 <support@resto360.example>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${RESTO360_DISPLAY_NAME}")
set(CPACK_PACKAGE_DIRECTORY "${CMAKE_BINARY_DIR}/packages")
set(CPACK_PACKAGE_FILE_NAME
    "${RESTO360_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
# Debug information stays in the build folder; packages get stripped binaries.
set(CPACK_STRIP_FILES TRUE)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "DEB;TGZ")

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

    # dpkg-shlibdeps finds the linked libraries. These are loaded at run time instead, so
    # they are named here: the QPSQL driver plugin, libsecret (opened by QtKeychain), the
    # bundled server's binaries, and Qt's own French catalogs.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6sql6-psql, libsecret-1-0, postgresql-15, qt6-translations-l10n")
    # The Wayland platform plugin; without it Qt falls back to X11 through XWayland.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland")
    # A Secret Service, so that the session is remembered between runs.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
    include("${CMAKE_CURRENT_LIST_DIR}/windows/NsisSettings.cmake")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "${RESTO360_DISPLAY_NAME} ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    # CPack also puts a link to /Applications in the disk image, to drag the app onto, unless
    # CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK is set.
endif()

include(CPack)
