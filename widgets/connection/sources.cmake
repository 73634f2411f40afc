# Connecting: the dialog, the profile editor, the password prompt, session secrets.
target_sources(streamscope_widgets PRIVATE
    connection/ConnectionDialog.h
    connection/ConnectionDialog.cpp
    connection/KeychainSecrets.h
    connection/KeychainSecrets.cpp
    connection/PasswordPrompt.h
    connection/PasswordPrompt.cpp
    connection/ProfileEditor.h
    connection/ProfileEditor.cpp
    connection/SessionSecrets.h
    connection/SessionSecrets.cpp
)
