/// A value, or what stands in its way (a form with problems under its fields, a sentence
/// for the user). Like `Result`, without asking the problem to be an `Error`.
enum Checked<Value, Problem> {
  case success(Value)
  case failure(Problem)
}

extension Checked: Sendable where Value: Sendable, Problem: Sendable {}
