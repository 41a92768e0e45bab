// Public API of this module; filled in by its owner.
export {};
