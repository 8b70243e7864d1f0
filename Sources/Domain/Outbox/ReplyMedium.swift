/// The medium a reply goes by unless the officer chooses another, in the desk's reply
/// editor and in `relations case ID reply`: the case's channel's way back when it reaches
/// the person, else none (the reply is given in person or by a call, and only recorded).
public enum ReplyMedium {
  public static func `default`(for item: Case) -> OutboundMedium? {
    guard let medium = OutboundMedium.default(for: item.id.channel),
      medium.address(in: item.contact) != nil
    else { return nil }
    return medium
  }
}
