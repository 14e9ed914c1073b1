package org.lagebild.actors.registry;

/** A role found at a token position, covering {@code tokenCount} tokens (qualifier and deputy marker included). */
public record RoleMatch(Role role, int tokenCount) {
}
