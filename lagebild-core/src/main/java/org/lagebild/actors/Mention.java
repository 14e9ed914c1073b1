package org.lagebild.actors;

/** One mention of an entity; {@code head} is the token that carries its syntax. */
record Mention(Entity entity, int start, int end, String text, int head, String kind, boolean locative) {
}
