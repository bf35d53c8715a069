# The macOS app bundle "RESTO360 Back Office.app", included by packaging/Packaging.cmake on
# macOS before the install rules. src/app creates the target with MACOSX_BUNDLE. These
# properties are read when CMake generates the build, so setting them here still applies.

set(macos_icon "${CMAKE_CURRENT_LIST_DIR}/resto360.icns")
target_sources(resto360-backoffice PRIVATE "${macos_icon}")
set_source_files_properties("${macos_icon}" TARGET_DIRECTORY resto360-backoffice
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)

set_target_properties(resto360-backoffice PROPERTIES
    MACOSX_BUNDLE TRUE
    # The bundle's folder name is what Finder and /Applications show.
    OUTPUT_NAME "${RESTO360_DISPLAY_NAME}"
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_LIST_DIR}/Info.plist.in"
    MACOSX_BUNDLE_GUI_IDENTIFIER "${RESTO360_APP_ID}"
    MACOSX_BUNDLE_BUNDLE_NAME "${RESTO360_DISPLAY_NAME}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_ICON_FILE "resto360.icns"
    MACOSX_BUNDLE_COPYRIGHT "RESTO360"
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER "${RESTO360_APP_ID}")

# Info.plist's LSMinimumSystemVersion. The libraries the bundle carries must not need a
# newer macOS, and Homebrew's are built for the macOS they were installed on.
if(CMAKE_OSX_DEPLOYMENT_TARGET STREQUAL "")
    message(WARNING "CMAKE_OSX_DEPLOYMENT_TARGET is not set, so Info.plist names no minimum "
        "macOS version; set it to the oldest macOS the bundled libraries support.")
endif()
