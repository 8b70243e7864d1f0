import JSONStore
import Testing

@Suite struct FileSystemKindTests {
  @Test func networkFileSystemsAreRecognisedByName() {
    for name in ["nfs", "nfs4", "cifs", "smb3", "smbfs"] {
      #expect(FileSystemKind(typeName: name) != .local, "\(name)")
    }
    for name in ["ext4", "xfs", "btrfs", "tmpfs", "overlay", "apfs", ""] {
      #expect(FileSystemKind(typeName: name) == .local, "\(name)")
    }
  }

  @Test func theTemporaryFolderIsLocal() {
    #expect(FileSystemKind.of("/tmp") == .local)
  }

  @Test func theRefusalSaysWhatToDo() {
    let message = LogError.networkFileSystem(path: "/mnt/office", name: "NFS").description
    #expect(message.contains("NFS") && message.contains("local disk"))
  }
}
