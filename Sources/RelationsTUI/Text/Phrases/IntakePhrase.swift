import Domain

/// The words of the "New case" form (`N`), of parties, and of what a case's channel added at
/// intake (a call's direction, a letter's reference…), as the detail pane shows them.
enum IntakePhrase: Equatable, Sendable {
  /// The title of the form asking for the channel.
  case newCase
  // Labels
  case channel, party, direction, letterReference, letterDate, arrival, platform, handle
  case websiteReference, volunteer, roles
  // Choices
  /// An optional choice left unsaid.
  case notSaid
  case directionChoice(ChannelDetails.Direction)
  case arrivalChoice(ChannelDetails.Arrival)
  // Problems
  case writeLetterDate
  case chooseParty, chooseChannel
  /// The roles form with no role left.
  case keepOneRole
  // The detail pane
  /// `Party: volunteer`.
  case partyLine(ContactRole)
  /// `Call: incoming` / `Letter: ref 12/44 · 2026-11-20 · by post` …: the channel's line.
  case detailsLine(Channel, ChannelDetails)
  /// A case typed in from another channel was saved: no visitor to read the number to.
  case saved(CaseID, Channel)
}
