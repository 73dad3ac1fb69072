//! How a command answers: the format it prints in, and how it failed.

use clap::ValueEnum;

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

/// How a command failed: the message for standard error and the exit status.
pub struct Failure {
    pub message: String,
    pub status: u8,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Self {
        Failure { message: message.into(), status: 2 }
    }

    pub fn input(message: impl Into<String>) -> Self {
        Failure { message: message.into(), status: 1 }
    }
}
