/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.cli.tests.git;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.premortem.core.compare.ElementState;
import org.premortem.core.compare.ModelSnapshot;
import org.premortem.core.ids.IdAssigner;
import org.premortem.core.ids.IdSource;
import org.premortem.core.persistence.AnalysisStore;
import org.premortem.model.stpa.Analysis;
import org.premortem.model.stpa.ConflictKind;
import org.premortem.model.stpa.ControlAction;
import org.premortem.model.stpa.IdentifiedElement;
import org.premortem.model.stpa.StpaFactory;
import org.premortem.model.stpa.UcaType;
import org.premortem.model.stpa.UnsafeControlAction;

/**
 * The merge driver under the real {@code git merge}, configured by the very lines the README gives: a repository
 * with the example, two branches, and the merged file checked element by element.
 */
class GitMergeDriverTest {

    private static final Path README = Path.of("..", "..", "README.md");
    private static final Path EXAMPLE = Path.of("..", "..", "bundles", "org.premortem.examples", "projects",
            "dynamodb-dns", "dynamodb-dns.premortem");
    private static final String FILE = "dynamodb-dns.premortem";

    @TempDir
    Path temp;

    private GitRepository repository;

    @BeforeEach
    void createRepositoryWithTheReadmesDriverSetUp() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("repo"));
        Path home = Files.createDirectories(temp.resolve("home"));
        Path bin = HeadlessLauncher.install(Files.createDirectories(temp.resolve("bin")));
        repository = new GitRepository(folder, home, bin);
        repository.ok("init", "-q", "-b", "main");
        List<String> setUp = readmeDriverLines();
        assertEquals(4, setUp.size(), "the README's set-up lines: " + setUp);
        for (String line : setUp) {
            GitRepository.Result result = repository.shell(line);
            assertEquals(0, result.exitCode(), line + ": " + result.output());
        }
        Files.copy(EXAMPLE, folder.resolve(FILE));
        repository.ok("add", ".");
        repository.ok("commit", "-q", "-m", "the example");
    }

    /** The indented shell lines of the README that set up the driver and the textconv. */
    private static List<String> readmeDriverLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            String command = line.strip();
            if (line.startsWith("    ") && (command.startsWith("git config merge.premortem.")
                    || command.startsWith("git config diff.premortem.") || command.startsWith("echo '*.premortem"))) {
                lines.add(command);
            }
        }
        return lines;
    }

    /** Commits {@code theirs} on a branch and {@code ours} on main, then merges the branch into main. */
    private GitRepository.Result mergeBranches(Consumer<Analysis> ours, Consumer<Analysis> theirs) throws Exception {
        repository.ok("checkout", "-q", "-b", "theirs");
        edit(theirs);
        repository.ok("commit", "-q", "-am", "theirs");
        repository.ok("checkout", "-q", "main");
        edit(ours);
        repository.ok("commit", "-q", "-am", "ours");
        return repository.git("merge", "--no-edit", "theirs");
    }

    private void edit(Consumer<Analysis> edit) throws Exception {
        Path file = repository.folder().resolve(FILE);
        Analysis analysis = AnalysisStore.load(file);
        edit.accept(analysis);
        AnalysisStore.save(analysis, file);
    }

    private Analysis merged() throws Exception {
        return AnalysisStore.load(repository.folder().resolve(FILE));
    }

    /** The example with both edits applied one after the other: what a clean merge must give. */
    private static Analysis bothApplied(Consumer<Analysis> ours, Consumer<Analysis> theirs) throws Exception {
        Analysis analysis = AnalysisStore.load(EXAMPLE);
        ours.accept(analysis);
        theirs.accept(analysis);
        return analysis;
    }

    /** Element by element, children compared as sets (the merge places theirs' insertions by their neighbours). */
    private static void assertSameElements(Analysis expected, Analysis actual) {
        Map<String, ElementState> want = normalized(ModelSnapshot.of(expected));
        Map<String, ElementState> got = normalized(ModelSnapshot.of(actual));
        assertEquals(want.keySet(), got.keySet());
        for (String id : want.keySet()) {
            assertEquals(want.get(id), got.get(id), id);
        }
    }

    private static Map<String, ElementState> normalized(ModelSnapshot snapshot) {
        Map<String, ElementState> elements = new TreeMap<>();
        snapshot.elements().forEach((id, state) -> {
            Map<String, List<String>> children = new TreeMap<>();
            state.children().forEach((name, ids) -> children.put(name, ids.stream().sorted().toList()));
            elements.put(id, new ElementState(id, state.kind(), state.parentId(), state.containment(),
                    state.attributes(), state.references(), state.parts(), children));
        });
        return elements;
    }

    @SuppressWarnings("unchecked")
    private static <T extends IdentifiedElement> T byDisplayId(Analysis analysis, String displayId) {
        for (TreeIterator<EObject> it = analysis.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IdentifiedElement element && displayId.equals(element.getDisplayId())) {
                return (T) element;
            }
        }
        throw new AssertionError("no " + displayId);
    }

    private static Consumer<Analysis> setText(String displayId, String text) {
        return analysis -> ((UnsafeControlAction) byDisplayId(analysis, displayId)).setText(text);
    }

    private static Consumer<Analysis> setRationale(String displayId, String rationale) {
        return analysis -> ((UnsafeControlAction) byDisplayId(analysis, displayId)).setRationale(rationale);
    }

    private static Consumer<Analysis> addUca(long seed, String controlAction, String text) {
        return analysis -> {
            ControlAction action = byDisplayId(analysis, controlAction);
            UnsafeControlAction uca = StpaFactory.eINSTANCE.createUnsafeControlAction();
            uca.setControlAction(action);
            uca.setSource(action.getSource());
            uca.setType(UcaType.PROVIDED);
            uca.setText(text);
            analysis.getUnsafeControlActions().add(uca);
            new IdAssigner(analysis, IdSource.seeded(seed)).assign(uca);
        };
    }

    @Test
    void differentElementsMergeCleanly() throws Exception {
        Consumer<Analysis> ours = setText("UCA-3", "ours: UCA-3");
        Consumer<Analysis> theirs = setText("UCA-5", "theirs: UCA-5");

        GitRepository.Result merge = mergeBranches(ours, theirs);

        assertEquals(0, merge.exitCode(), merge.output());
        assertSameElements(bothApplied(ours, theirs), merged());
        assertEquals("", repository.ok("status", "--porcelain"));
    }

    @Test
    void differentAttributesOfOneElementMergeCleanly() throws Exception {
        Consumer<Analysis> ours = setText("UCA-3", "ours: UCA-3");
        Consumer<Analysis> theirs = setRationale("UCA-3", "theirs: why");

        GitRepository.Result merge = mergeBranches(ours, theirs);

        assertEquals(0, merge.exitCode(), merge.output());
        assertSameElements(bothApplied(ours, theirs), merged());
    }

    @Test
    void bothBranchesAddingUcasKeepBothAndRenumberTheirs() throws Exception {
        Consumer<Analysis> ours = addUca(101, "CA-1", "Planner provides a plan twice");
        Consumer<Analysis> theirs = addUca(202, "CA-2", "Enactor applies a stale plan");

        GitRepository.Result merge = mergeBranches(ours, theirs);

        assertEquals(0, merge.exitCode(), merge.output());
        assertTrue(merge.output().contains("theirs' new UCA-14 is now UCA-15"), merge.output());
        Analysis merged = merged();
        assertEquals("Planner provides a plan twice", ((UnsafeControlAction) byDisplayId(merged, "UCA-14")).getText());
        assertEquals("Enactor applies a stale plan", ((UnsafeControlAction) byDisplayId(merged, "UCA-15")).getText());
        // applying ours, then theirs, numbers them the same way: the merge equals doing both edits in turn
        assertSameElements(bothApplied(ours, theirs), merged);
    }

    @Test
    void trueConflictLeavesALoadableFileWithTheConflictRecorded() throws Exception {
        GitRepository.Result merge = mergeBranches(setText("UCA-3", "ours: UCA-3"), setText("UCA-3", "theirs: UCA-3"));

        assertEquals(1, merge.exitCode(), merge.output());
        assertTrue(merge.output().contains("CONFLICT"), merge.output());
        String text = Files.readString(repository.folder().resolve(FILE));
        assertFalse(text.contains("<<<<<<<") || text.contains(">>>>>>>"), "no conflict markers");
        Analysis merged = merged();
        assertEquals("ours: UCA-3", ((UnsafeControlAction) byDisplayId(merged, "UCA-3")).getText());
        assertEquals(1, merged.getConflicts().size());
        assertEquals(ConflictKind.BOTH_CHANGED, merged.getConflicts().get(0).getKind());
        assertEquals(List.of("theirs: UCA-3"), merged.getConflicts().get(0).getTheirs());
        assertTrue(repository.ok("status", "--porcelain").contains("UU " + FILE));
    }

    @Test
    void deleteAgainstChangeIsAConflictThatKeepsTheElement() throws Exception {
        Consumer<Analysis> ours = analysis -> org.eclipse.emf.ecore.util.EcoreUtil
                .delete(byDisplayId(analysis, "UCA-5"), true);
        GitRepository.Result merge = mergeBranches(ours, setText("UCA-5", "theirs: sharper"));

        assertEquals(1, merge.exitCode(), merge.output());
        Analysis merged = merged();
        assertEquals("theirs: sharper", ((UnsafeControlAction) byDisplayId(merged, "UCA-5")).getText());
        assertEquals(ConflictKind.DELETED_BY_OURS, merged.getConflicts().get(0).getKind());
    }

    /**
     * Adds {@code name} on a branch and on main, each a copy of the example edited its own way, and merges: git has
     * no common ancestor for the file and gives the driver an empty one.
     */
    private GitRepository.Result mergeAdditions(String name, Consumer<Analysis> ours, Consumer<Analysis> theirs)
            throws Exception {
        repository.ok("checkout", "-q", "-b", "theirs");
        addCopy(name, theirs);
        repository.ok("add", name);
        repository.ok("commit", "-q", "-m", "theirs adds " + name);
        repository.ok("checkout", "-q", "main");
        addCopy(name, ours);
        repository.ok("add", name);
        repository.ok("commit", "-q", "-m", "ours adds " + name);
        return repository.git("merge", "--no-edit", "theirs");
    }

    private void addCopy(String name, Consumer<Analysis> edit) throws Exception {
        Analysis analysis = AnalysisStore.load(EXAMPLE);
        edit.accept(analysis);
        AnalysisStore.save(analysis, repository.folder().resolve(name));
    }

    @Test
    void bothBranchesAddingCopiesOfOneAnalysisKeepWhatEachAdded() throws Exception {
        // without an ancestor nobody can tell which side changed an element both hold: only additions merge cleanly
        Consumer<Analysis> ours = addUca(101, "CA-1", "Planner provides a plan twice");
        Consumer<Analysis> theirs = addUca(202, "CA-2", "Enactor applies a stale plan");

        GitRepository.Result merge = mergeAdditions("copy.premortem", ours, theirs);

        assertEquals(0, merge.exitCode(), merge.output());
        assertTrue(merge.output().contains("the common ancestor is empty"), merge.output());
        assertTrue(merge.output().contains("theirs' new UCA-14 is now UCA-15"), merge.output());
        assertSameElements(bothApplied(ours, theirs), AnalysisStore.load(repository.folder().resolve("copy.premortem")));
    }

    @Test
    void bothBranchesAddingCopiesThatDifferInOneTextIsAConflictRecorded() throws Exception {
        GitRepository.Result merge = mergeAdditions("copy.premortem", setText("UCA-3", "ours: UCA-3"),
                setText("UCA-3", "theirs: UCA-3"));

        assertEquals(1, merge.exitCode(), merge.output());
        Analysis merged = AnalysisStore.load(repository.folder().resolve("copy.premortem"));
        assertEquals("ours: UCA-3", ((UnsafeControlAction) byDisplayId(merged, "UCA-3")).getText());
        assertEquals(List.of("theirs: UCA-3"), merged.getConflicts().get(0).getTheirs());
    }

    @Test
    void bothBranchesAddingSeparateAnalysesUnderOneNameIsRefusedWithAWayOut() throws Exception {
        Consumer<Analysis> separate = analysis -> analysis.setId("_a_separately_made_analysis");

        GitRepository.Result merge = mergeAdditions("copy.premortem", analysis -> { }, separate);

        assertEquals(1, merge.exitCode(), merge.output());
        assertTrue(merge.output().contains("two separate analyses"), merge.output());
        assertTrue(merge.output().contains("git checkout --ours or --theirs"), merge.output());
        AnalysisStore.load(repository.folder().resolve("copy.premortem")); // ours, untouched, still loads
    }

    @Test
    void gitDiffShowsTheOutlineThroughTheTextconv() throws Exception {
        edit(setText("UCA-3", "a new wording"));

        String diff = repository.ok("diff");

        assertTrue(diff.contains("+    text: a new wording"), diff);
        assertTrue(diff.contains("UCA-3 UnsafeControlAction"), diff);
        assertFalse(diff.contains("xmi:version"), diff);
    }
}
