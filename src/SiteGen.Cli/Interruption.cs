using System.Runtime.InteropServices;

namespace SiteGen.Cli;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM turned into a cancellation, so that a command stops at its next check, cleans up
/// and says so, rather than being killed by the signal half-way. A second signal ends the process.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;

    public Interruption()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel)];
    }

    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private void Cancel(PosixSignalContext context)
    {
        // A second signal ends the process as the signal does: a command stuck where it cannot check (a read
        // that never returns) can still be stopped.
        context.Cancel = !_source.IsCancellationRequested;
        _source.Cancel();
    }
}
