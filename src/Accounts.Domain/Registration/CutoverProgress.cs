namespace Accounts.Registration;

/// <summary>How far a cutover run is, reported after each committed batch.</summary>
/// <param name="Processed">Pre-registrations worked through, earlier runs included.</param>
/// <param name="Total">Pre-registrations in all.</param>
/// <param name="IssuedPeople">Personal accounts issued so far, earlier runs included.</param>
public readonly record struct CutoverProgress(int Processed, int Total, int IssuedPeople)
{
    /// <summary>The share done, from 0 to 1.</summary>
    public double Fraction => Total == 0 ? 1 : (double)Processed / Total;
}
