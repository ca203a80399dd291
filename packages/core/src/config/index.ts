// @rapport/core/config: reading and validating .rapportrc files, shared by every host.
export {};
