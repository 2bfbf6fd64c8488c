import Glibc

/// ln|Γ(x)|, from the C library's reentrant `lgamma_r` (the plain `lgamma` writes a global).
public func logGamma(_ x: Double) -> Double {
    var sign: Int32 = 0
    return lgamma_r(x, &sign)
}
