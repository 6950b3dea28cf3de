//! Whether a handler changed anything: the shell repaints only when one did, so no field can
//! silently stop repaints (as Rerun's time commands return `NeedsRepaint`).

use std::ops::{BitOr, BitOrAssign};

/// What a handler reports: it changed something the screen shows, or nothing.
#[must_use]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Changed {
    /// Nothing the screen shows changed.
    #[default]
    No,
    /// Something the screen shows changed.
    Yes,
}

impl Changed {
    /// Whether anything changed.
    pub fn any(self) -> bool {
        self == Self::Yes
    }
}

impl From<bool> for Changed {
    fn from(changed: bool) -> Self {
        if changed { Self::Yes } else { Self::No }
    }
}

impl BitOr for Changed {
    type Output = Self;
    fn bitor(self, other: Self) -> Self {
        Self::from(self.any() || other.any())
    }
}

impl BitOrAssign for Changed {
    fn bitor_assign(&mut self, other: Self) {
        *self = *self | other;
    }
}

/// Puts `value` in `slot` and says whether that changed it.
pub fn set<T: PartialEq>(slot: &mut T, value: T) -> Changed {
    if *slot == value {
        Changed::No
    } else {
        *slot = value;
        Changed::Yes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_reports_only_real_changes() {
        let mut x = 3;
        assert_eq!(set(&mut x, 3), Changed::No);
        assert_eq!(set(&mut x, 4), Changed::Yes);
        assert_eq!(x, 4);
        assert_eq!(Changed::No | Changed::Yes, Changed::Yes);
        let mut c = Changed::No;
        c |= Changed::No;
        assert!(!c.any());
    }
}
