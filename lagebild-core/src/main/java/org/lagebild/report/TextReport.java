package org.lagebild.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.ActorRecord;
import org.lagebild.model.Analysis;
import org.lagebild.model.EventRecord;
import org.lagebild.model.ForumRecord;
import org.lagebild.model.QuantityRecord;
import org.lagebild.model.StatementRecord;
import org.lagebild.model.TimeRecord;

/** A readable report of one analysis, grouped by kind, each item with its evidence. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(Analysis a) {
        StringBuilder sb = new StringBuilder();
        Map<String, String> names = new HashMap<>();
        for (ActorRecord r : a.actors()) {
            names.put(r.id(), r.name());
        }
        sb.append("== ").append(a.id()).append("  [").append(a.lang()).append(", published ")
                .append(a.date() == null ? "unknown" : a.date()).append("]\n");
        if (a.title() != null) {
            sb.append(a.title()).append('\n');
        }

        sb.append("\nACTORS (").append(a.actors().size()).append(")\n");
        for (ActorRecord r : a.actors()) {
            sb.append("  ").append(r.name()).append("  <").append(r.id()).append("> ").append(r.type());
            appendIf(sb, " code=", r.code());
            appendIf(sb, " country=", r.country());
            appendIf(sb, " affiliation=", r.affiliation());
            appendIf(sb, " sector=", r.sector());
            sb.append('\n');
            for (ActorRecord.RoleRecord role : r.roles()) {
                sb.append("      role: ").append(role.title());
                if (role.organization() != null) {
                    sb.append(" (").append(role.organization()).append(')');
                }
                sb.append('\n');
            }
            sb.append("      mentions: ");
            List<String> ms = r.mentions().stream()
                    .map(m -> "\"" + oneLine(m.text()) + "\"@" + m.start() + (m.locative() ? "(place)" : "")).toList();
            sb.append(String.join(", ", ms)).append('\n');
        }

        sb.append("\nSTATEMENTS (").append(a.statements().size()).append(")\n");
        for (StatementRecord s : a.statements()) {
            String speaker = s.speaker() == null ? "(no speaker)"
                    : s.speaker().actor() == null ? "\"" + s.speaker().text() + "\" (unresolved)"
                    : names.getOrDefault(s.speaker().actor(), s.speaker().actor()) + "  [as \"" + s.speaker().text() + "\"]";
            sb.append("  ").append(s.id()).append("  ").append(speaker).append('\n');
            sb.append("      ").append(s.form()).append(", ").append(s.medium());
            if (s.cue() != null) {
                sb.append(", cue \"").append(s.cue().text()).append('"');
            }
            if (s.addressee() != null) {
                sb.append(", to ").append(s.addressee().actor() != null
                        ? names.getOrDefault(s.addressee().actor(), s.addressee().actor()) : s.addressee().text());
            }
            if (s.topic() != null) {
                sb.append(", about \"").append(s.topic().text()).append('"');
            }
            if (s.parent() != null) {
                sb.append(", inside ").append(s.parent());
            }
            sb.append('\n');
            sb.append("      » ").append(oneLine(s.quote().text())).append(" «  @").append(s.quote().start())
                    .append('-').append(s.quote().end()).append('\n');
        }

        sb.append("\nEVENTS (").append(a.events().size()).append(")\n");
        for (EventRecord e : a.events()) {
            sb.append("  ").append(e.id()).append("  ").append(e.type());
            if (e.mode() != null) {
                sb.append(':').append(e.mode());
            }
            sb.append("  ").append(actorList(e.source(), names)).append(" -> ").append(actorList(e.target(), names));
            StringBuilder flags = new StringBuilder();
            flag(flags, e.negated(), "negated");
            flag(flags, e.future(), "future");
            flag(flags, e.hypothetical(), "hypothetical");
            flag(flags, e.historical(), "historical");
            if (flags.length() > 0) {
                sb.append("  [").append(flags).append(']');
            }
            sb.append('\n');
            sb.append("      trigger \"").append(e.trigger().text()).append('"');
            if (e.date() != null && e.date().value() != null) {
                sb.append(", date ").append(e.date().value());
            } else if (e.date() != null && e.date().text() != null) {
                sb.append(", date unresolved (\"").append(e.date().text()).append("\")");
            }
            if (e.location() != null) {
                sb.append(", in ").append(e.location().name());
            }
            if (e.statement() != null) {
                sb.append(", reported in ").append(e.statement());
            }
            sb.append('\n');
            sb.append("      | ").append(oneLine(e.evidence().text())).append('\n');
        }

        forums(sb, a.forums() == null ? List.of() : a.forums(), names);

        sb.append("\nTIMES (").append(a.times().size()).append(")\n");
        for (TimeRecord t : a.times()) {
            sb.append("  \"").append(oneLine(t.text())).append("\" -> ")
                    .append(t.value() == null ? "unresolved" : t.value()).append(" (").append(t.granularity()).append(')');
            if (!t.resolved() && t.reason() != null) {
                sb.append("  ").append(t.reason());
            }
            sb.append('\n');
        }

        sb.append("\nQUANTITIES (").append(a.quantities().size()).append(")\n");
        for (QuantityRecord q : a.quantities()) {
            sb.append("  \"").append(oneLine(q.text())).append("\" -> ").append(number(q.value()));
            if (q.upper() != null) {
                sb.append("..").append(number(q.upper()));
            }
            sb.append(' ').append(q.unit() == null ? "" : q.unit());
            sb.append("  (").append(q.qualifier()).append(q.approximate() ? ", approximate" : "").append(")\n");
        }
        return sb.toString();
    }

    private static void forums(StringBuilder sb, List<ForumRecord> forums, Map<String, String> names) {
        sb.append("\nFORUMS (").append(forums.size()).append(")\n");
        for (ForumRecord f : forums) {
            sb.append("  ").append(f.id()).append("  ").append(f.kind());
            if (f.body() != null) {
                sb.append(" of ").append(names.getOrDefault(f.body(), f.body()));
            }
            if (f.future()) {
                sb.append("  [future]");
            }
            sb.append('\n');
            if (f.place() != null) {
                sb.append("      place ").append(f.place().name()).append(" @").append(f.place().evidence().start()).append('\n');
            }
            if (f.date() != null) {
                sb.append("      date ").append(f.date().value() == null ? "unresolved" : f.date().value())
                        .append(" (\"").append(oneLine(f.date().evidence().text())).append("\")\n");
            }
            if (f.duration() != null) {
                sb.append("      duration ").append(f.duration().value()).append(f.duration().approximate() ? " approximate" : "")
                        .append(" (\"").append(oneLine(f.duration().evidence().text())).append("\")\n");
            }
            for (ForumRecord.Participant p : f.participants()) {
                sb.append("      participant ").append(p.name()).append(" (").append(p.role());
                if (p.represents() != null) {
                    sb.append(", for ").append(names.getOrDefault(p.represents(), p.represents()));
                }
                sb.append(")  [as \"").append(oneLine(p.mention().text())).append("\"]\n");
            }
            for (ForumRecord.Outcome o : f.outcomes()) {
                sb.append("      outcome ").append(o.kind()).append(' ').append(o.ref() == null ? "" : o.ref() + " ")
                        .append(o.label()).append(": \"").append(oneLine(o.evidence().text())).append("\"\n");
            }
            sb.append("      mentions: ").append(String.join(", ", f.mentions().stream()
                    .map(m -> "\"" + oneLine(m.trigger().text()) + "\"@" + m.trigger().start()).toList())).append('\n');
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String actorList(List<String> ids, Map<String, String> names) {
        if (ids.isEmpty()) {
            return "—";
        }
        return String.join(" + ", ids.stream().map(i -> names.getOrDefault(i, i)).toList());
    }

    private static void flag(StringBuilder sb, boolean on, String name) {
        if (on) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(name);
        }
    }

    private static void appendIf(StringBuilder sb, String label, String value) {
        if (value != null) {
            sb.append(label).append(value);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }
}
