//! SIGINT and SIGTERM, watched from the first moment of `run`.
//!
//! Why: a signal that arrives before a handler is installed kills the process the default
//! way — no flush, exit "by signal" — and a supervisor (or the crash test) that stops the bot
//! right after starting it would see a crash. So the handlers are installed before the data
//! folder is even opened, and every step of starting up can ask whether to stop.

use tokio::signal::unix::{signal, SignalKind};
use tokio::sync::watch;

/// Set once SIGINT or SIGTERM arrived; cheap to clone and to ask.
#[derive(Clone)]
pub struct Stop {
    rx: watch::Receiver<bool>,
}

impl Stop {
    /// Installs the handlers now (inside a runtime context) and watches them on `runtime`.
    pub fn watch(runtime: &tokio::runtime::Runtime) -> std::io::Result<Stop> {
        let _entered = runtime.enter();
        // Created here, not in the task: creating a stream is what installs the handler.
        let mut term = signal(SignalKind::terminate())?;
        let mut int = signal(SignalKind::interrupt())?;
        let (tx, rx) = watch::channel(false);
        runtime.spawn(async move {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
            tracing::info!("signal received; finishing the updates in flight");
            tx.send_replace(true);
            // Keep the sender (and so the flag) alive until the runtime ends.
            std::future::pending::<()>().await;
        });
        Ok(Stop { rx })
    }

    pub fn requested(&self) -> bool {
        *self.rx.borrow()
    }

    /// Returns once a signal arrived (at once if one already did).
    pub async fn wait(&self) {
        let mut rx = self.rx.clone();
        // An error means the watcher is gone, i.e. the runtime is shutting down: stop too.
        let _ = rx.wait_for(|stop| *stop).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A SIGTERM before anyone waits is not lost, and does not end the process.
    #[test]
    fn a_signal_before_anyone_waits_is_remembered() {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let stop = Stop::watch(&runtime).expect("handlers");
        assert!(!stop.requested());
        let status = std::process::Command::new("kill")
            .arg("-TERM")
            .arg(std::process::id().to_string())
            .status()
            .expect("kill");
        assert!(status.success());
        runtime.block_on(async {
            tokio::time::timeout(std::time::Duration::from_secs(10), stop.wait())
                .await
                .expect("the signal is seen");
        });
        assert!(stop.requested());
    }
}
