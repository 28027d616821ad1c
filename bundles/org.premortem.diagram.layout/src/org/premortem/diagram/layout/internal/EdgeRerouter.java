/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.diagram.layout.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.premortem.diagram.layout.Box;
import org.premortem.diagram.layout.DiagramEdge;
import org.premortem.diagram.layout.DiagramLabel;
import org.premortem.diagram.layout.DiagramNode;
import org.premortem.diagram.layout.EdgeKind;
import org.premortem.diagram.layout.Point;
import org.premortem.diagram.layout.internal.OrthogonalRouter.Side;
import org.premortem.model.stpa.Component;
import org.premortem.model.stpa.Connection;

/**
 * Routes some connections of a drawn control structure again, after the analyst moved boxes. The connections between
 * the same two boxes form a bundle, drawn as parallel lines a lane apart (control actions left of feedback, as the
 * Handbook draws a loop): the bundle leaves and enters its boxes by the sides facing each other, bundles sharing a
 * side get stretches of their own (ordered by where their other box is, away from the ports of the connections
 * kept), and its route goes around every box it does not belong to. The labels are placed again where they cover no
 * box and no other label. The connections not named keep their routes and labels.
 */
public final class EdgeRerouter {

    private static final double LANE = 14;
    private static final double MIN_LANE = 6;
    private static final double PORT_GAP = 12;
    private static final double BOUNDARY_STUB = 60;
    private static final double STACK_GAP = 6;

    private final List<DiagramNode> nodes;
    private final Map<Component, DiagramNode> byComponent = new HashMap<>();

    /**
     * Connections drawn together: from box {@code from} (by side {@code fromSide}) to box {@code to} (by
     * {@code toSide}; absent for the system boundary), members in order across the lines, with their lane spacing and
     * where the middle line meets each box.
     */
    private static final class Bundle {
        final DiagramNode from;
        final DiagramNode to;
        Side fromSide;
        Side toSide;
        final List<DiagramEdge> members = new ArrayList<>();
        final List<List<Point>> lines = new ArrayList<>();
        double lane = LANE;
        Point fromPort;
        Point toPort;

        Bundle(DiagramNode from, DiagramNode to, Side fromSide, Side toSide) {
            this.from = from;
            this.to = to;
            this.fromSide = fromSide;
            this.toSide = toSide;
        }

        double span() {
            return (members.size() - 1) * lane;
        }
    }

    /** A bundle's end on one side of a box. */
    private record End(Bundle bundle, boolean from, double partner, int order) {
    }

    public EdgeRerouter(List<DiagramNode> nodes) {
        this.nodes = List.copyOf(nodes);
        for (DiagramNode node : nodes) {
            byComponent.put(node.component(), node);
        }
    }

    /**
     * The edges, in the same order, with those of {@code reroute} routed again and their labels placed again, and the
     * labels of {@code relabel} placed again.
     */
    public List<DiagramEdge> apply(List<DiagramEdge> edges, Set<Connection> reroute, Set<Connection> relabel) {
        if (reroute.isEmpty() && relabel.isEmpty()) {
            return edges;
        }
        OrthogonalRouter router = new OrthogonalRouter();
        Map<DiagramNode, Map<Side, List<Double>>> taken = new HashMap<>();
        for (DiagramEdge edge : edges) {
            if (!reroute.contains(edge.connection())) {
                router.avoidRoute(edge.route());
                if (!relabel.contains(edge.connection())) {
                    edge.label().ifPresent(label -> router.avoidLabel(label.bounds()));
                }
                takePorts(edge, taken);
            }
        }
        List<Bundle> bundles = bundles(edges, reroute);
        placePorts(bundles, taken);
        Map<Connection, List<Point>> routes = new HashMap<>();
        for (DiagramEdge edge : edges) {
            routes.put(edge.connection(), edge.route());
        }
        for (Bundle bundle : bundles) {
            routeBundle(bundle, router, routes);
        }
        LabelPlacer placer = new LabelPlacer(nodes.stream().map(DiagramNode::bounds).toList(),
                List.copyOf(routes.values()));
        for (DiagramEdge edge : edges) {
            if (!reroute.contains(edge.connection()) && !relabel.contains(edge.connection())) {
                edge.label().ifPresent(label -> placer.keep(label.bounds()));
            }
        }
        Map<Connection, Box> stacked = new HashMap<>();
        for (Bundle bundle : bundles) {
            stackLabels(bundle, placer, stacked);
        }
        List<DiagramEdge> result = new ArrayList<>();
        for (DiagramEdge edge : edges) {
            Connection connection = edge.connection();
            List<Point> route = routes.get(connection);
            Optional<DiagramLabel> label = edge.label();
            if (stacked.containsKey(connection)) {
                label = label.map(old -> new DiagramLabel(old.lines(), stacked.get(connection)));
            } else if (reroute.contains(connection) || relabel.contains(connection)) {
                label = label.map(old -> new DiagramLabel(old.lines(), placer.place(old.bounds().width(),
                        old.bounds().height(), route, edge.kind() != EdgeKind.FEEDBACK)));
            }
            result.add(new DiagramEdge(connection, edge.kind(), route, label));
        }
        return result;
    }

    // --- labels ---

    /**
     * Writes the names of a bundle's connections as the Handbook lists them beside one arrow: the control actions
     * (and other connections) one under the other left of the lines, the feedback right of them, beside a long
     * straight stretch, where they fit without covering anything (else on the other side, or beside another
     * stretch); the names that fit nowhere are placed one by one later.
     */
    private static void stackLabels(Bundle bundle, LabelPlacer placer, Map<Connection, Box> stacked) {
        List<DiagramEdge> labelled = bundle.members.stream().filter(member -> member.label().isPresent()).toList();
        if (labelled.size() < 2 || bundle.lines.size() != bundle.members.size()
                || bundle.lines.stream().anyMatch(line -> line.size() != bundle.lines.get(0).size())) {
            return;
        }
        List<Point> first = bundle.lines.get(0);
        List<Integer> stretches = new ArrayList<>();
        for (int i = 1; i < first.size(); i++) {
            stretches.add(i);
        }
        stretches.sort(Comparator.comparingDouble(i -> -stretchLength(first, i)));
        List<DiagramEdge> before = labelled.stream().filter(m -> m.kind() != EdgeKind.FEEDBACK).toList();
        List<DiagramEdge> after = labelled.stream().filter(m -> m.kind() == EdgeKind.FEEDBACK).toList();
        for (List<DiagramEdge> group : List.of(before, after)) {
            if (group.size() >= 2) {
                stackGroup(bundle, group, group == before, stretches.subList(0, Math.min(3, stretches.size())),
                        placer, stacked);
            }
        }
    }

    /** A stretch's length, vertical ones first. */
    private static double stretchLength(List<Point> line, int i) {
        Point a = line.get(i - 1);
        Point b = line.get(i);
        return Math.abs(b.y() - a.y()) + Math.abs(b.x() - a.x()) + (a.x() == b.x() ? 1e6 : 0);
    }

    private static void stackGroup(Bundle bundle, List<DiagramEdge> group, boolean leftFirst, List<Integer> stretches,
            LabelPlacer placer, Map<Connection, Box> stacked) {
        for (int stretch : stretches) {
            Point a0 = bundle.lines.get(0).get(stretch - 1);
            boolean vertical = a0.x() == bundle.lines.get(0).get(stretch).x();
            double low = Double.NEGATIVE_INFINITY;
            double high = Double.POSITIVE_INFINITY;
            double minAcross = Double.POSITIVE_INFINITY;
            double maxAcross = Double.NEGATIVE_INFINITY;
            for (List<Point> line : bundle.lines) {
                Point a = line.get(stretch - 1);
                Point b = line.get(stretch);
                low = Math.max(low, vertical ? Math.min(a.y(), b.y()) : Math.min(a.x(), b.x()));
                high = Math.min(high, vertical ? Math.max(a.y(), b.y()) : Math.max(a.x(), b.x()));
                minAcross = Math.min(minAcross, vertical ? a.x() : a.y());
                maxAcross = Math.max(maxAcross, vertical ? a.x() : a.y());
            }
            for (boolean left : new boolean[] { leftFirst, !leftFirst }) {
                for (double t : new double[] { 0.5, 0.3, 0.7 }) {
                    Map<Connection, Box> places = new LinkedHashMap<>();
                    stack(group, vertical, low + (high - low) * t, left ? minAcross : maxAcross, left, places);
                    if (placer.placeAll(List.copyOf(places.values()))) {
                        stacked.putAll(places);
                        return;
                    }
                }
            }
        }
    }

    /** The labels one under the other, centred on {@code middle}, before or after the line at {@code across}. */
    private static void stack(List<DiagramEdge> members, boolean vertical, double middle, double across,
            boolean before, Map<Connection, Box> places) {
        double gap = 2;
        double total = members.stream().mapToDouble(m -> m.label().get().bounds().height() + gap).sum() - gap;
        double y = vertical ? middle - total / 2 : before ? across - STACK_GAP - total : across + STACK_GAP;
        for (DiagramEdge member : members) {
            Box old = member.label().get().bounds();
            double x = vertical ? before ? across - STACK_GAP - old.width() : across + STACK_GAP
                    : middle - old.width() / 2;
            places.put(member.connection(), new Box(x, y, old.width(), old.height()));
            y += old.height() + gap;
        }
    }

    // --- bundles ---

    /** The rerouted connections grouped by the two boxes they join, members ordered actions, others, feedback. */
    private List<Bundle> bundles(List<DiagramEdge> edges, Set<Connection> reroute) {
        List<DiagramEdge> sorted = new ArrayList<>(edges.stream().filter(e -> reroute.contains(e.connection()))
                .toList());
        sorted.sort(Comparator.comparingInt(EdgeRerouter::rank));
        Map<List<DiagramNode>, Bundle> pairs = new LinkedHashMap<>();
        List<Bundle> bundles = new ArrayList<>();
        for (DiagramEdge edge : sorted) {
            DiagramNode source = node(edge.connection().getSource());
            DiagramNode target = node(edge.connection().getTarget());
            if (source == null && target == null) {
                continue;
            }
            if (source == null || target == null) {
                Bundle alone = source != null ? new Bundle(source, null, Side.BOTTOM, null)
                        : new Bundle(target, null, Side.TOP, null);
                alone.members.add(edge);
                bundles.add(alone);
                continue;
            }
            Bundle bundle = pairs.get(List.of(target, source));
            if (bundle == null) {
                bundle = pairs.computeIfAbsent(List.of(source, target), pair -> {
                    Side[] sides = sides(source, target);
                    Bundle created = new Bundle(source, target, sides[0], sides[1]);
                    bundles.add(created);
                    return created;
                });
            }
            bundle.members.add(edge);
        }
        return bundles;
    }

    private static int rank(DiagramEdge edge) {
        return switch (edge.kind()) {
            case CONTROL_ACTION -> 0;
            case INPUT_OUTPUT -> 1;
            case FEEDBACK -> 2;
        };
    }

    /**
     * The sides a bundle leaves {@code source} and enters {@code target} by: bottom to top when the target lies
     * below, top to bottom when above, otherwise across, the sides facing each other.
     */
    private static Side[] sides(DiagramNode source, DiagramNode target) {
        Box s = source.bounds();
        Box t = target.bounds();
        if (source == target) {
            return new Side[] { Side.RIGHT, Side.TOP };
        }
        double below = t.y() - s.bottom();
        double above = s.y() - t.bottom();
        double right = t.x() - s.right();
        double left = s.x() - t.right();
        double vertical = Math.max(below, above);
        double horizontal = Math.max(right, left);
        if (vertical >= 2 * OrthogonalRouter.CLEARANCE || vertical > 0 && vertical >= horizontal) {
            return below >= above ? new Side[] { Side.BOTTOM, Side.TOP } : new Side[] { Side.TOP, Side.BOTTOM };
        }
        if (horizontal > 0) {
            return right >= left ? new Side[] { Side.RIGHT, Side.LEFT } : new Side[] { Side.LEFT, Side.RIGHT };
        }
        return new Side[] { Side.BOTTOM, Side.TOP };
    }

    // --- ports ---

    /** Records where a kept route touches its boxes, so that new ports keep away from there. */
    private void takePorts(DiagramEdge edge, Map<DiagramNode, Map<Side, List<Double>>> taken) {
        if (edge.route().size() < 2) {
            return;
        }
        take(node(edge.connection().getSource()), edge.route().get(0), taken);
        take(node(edge.connection().getTarget()), edge.route().get(edge.route().size() - 1), taken);
    }

    private static void take(DiagramNode node, Point point, Map<DiagramNode, Map<Side, List<Double>>> taken) {
        if (node == null) {
            return;
        }
        Box box = node.bounds();
        Side side = Side.TOP;
        double nearest = Math.abs(point.y() - box.y());
        if (Math.abs(point.y() - box.bottom()) < nearest) {
            side = Side.BOTTOM;
            nearest = Math.abs(point.y() - box.bottom());
        }
        if (Math.abs(point.x() - box.x()) < nearest) {
            side = Side.LEFT;
            nearest = Math.abs(point.x() - box.x());
        }
        if (Math.abs(point.x() - box.right()) < nearest) {
            side = Side.RIGHT;
        }
        taken.computeIfAbsent(node, n -> new HashMap<>()).computeIfAbsent(side, s -> new ArrayList<>())
                .add(side.horizontal() ? point.x() : point.y());
    }

    /**
     * Gives every bundle its lane spacing (what the busier of its two sides allows) and the points where its middle
     * line meets its boxes: the bundles of one side spread evenly along it, in the order of their other boxes.
     */
    private static void placePorts(List<Bundle> bundles, Map<DiagramNode, Map<Side, List<Double>>> taken) {
        Map<DiagramNode, Map<Side, List<End>>> sides = new LinkedHashMap<>();
        for (int i = 0; i < bundles.size(); i++) {
            Bundle bundle = bundles.get(i);
            add(sides, bundle.from, bundle.fromSide, new End(bundle, true, bundle.to == null
                    ? along(bundle.from, bundle.fromSide) : along(bundle.to, bundle.fromSide), i));
            if (bundle.to != null) {
                add(sides, bundle.to, bundle.toSide, new End(bundle, false, along(bundle.from, bundle.toSide), i));
            }
        }
        sides.forEach((node, bySide) -> bySide.forEach((side, ends) -> {
            double[] range = range(node, side);
            int lines = ends.stream().mapToInt(end -> end.bundle().members.size()).sum();
            double lane = Math.max(MIN_LANE, Math.min(LANE, (range[1] - range[0]) / (lines + 1)));
            ends.forEach(end -> end.bundle().lane = Math.min(end.bundle().lane, lane));
        }));
        Map<DiagramNode, Map<Side, List<Double>>> used = new HashMap<>();
        taken.forEach((node, bySide) -> bySide.forEach((side, ports) -> used.computeIfAbsent(node,
                n -> new HashMap<>()).put(side, new ArrayList<>(ports))));
        List<End> homeless = new ArrayList<>();
        sides.forEach((node, bySide) -> bySide.forEach((side, ends) -> {
            ends.sort(Comparator.comparingDouble(End::partner).thenComparingInt(End::order));
            homeless.addAll(spread(node, side, ends, used(used, node, side), false));
        }));
        for (End end : homeless) {
            DiagramNode node = end.from() ? end.bundle().from : end.bundle().to;
            Side side = end.from() ? end.bundle().fromSide : end.bundle().toSide;
            DiagramNode partner = end.from() ? end.bundle().to : end.bundle().from;
            Side other = alternative(node, side, partner);
            if (spread(node, other, List.of(end), used(used, node, other), false).isEmpty()) {
                if (end.from()) {
                    end.bundle().fromSide = other;
                } else {
                    end.bundle().toSide = other;
                }
            } else {
                spread(node, side, List.of(end), used(used, node, side), true);
            }
        }
    }

    private static List<Double> used(Map<DiagramNode, Map<Side, List<Double>>> used, DiagramNode node, Side side) {
        return used.computeIfAbsent(node, n -> new HashMap<>()).computeIfAbsent(side, s -> new ArrayList<>());
    }

    /** The side to try when a side is full: the one of the two others that faces the partner more. */
    private static Side alternative(DiagramNode node, Side side, DiagramNode partner) {
        Box box = node.bounds();
        Box other = partner == null ? box : partner.bounds();
        if (side.horizontal()) {
            return other.centerX() < box.centerX() ? Side.LEFT : Side.RIGHT;
        }
        return other.centerY() < box.centerY() ? Side.TOP : Side.BOTTOM;
    }

    private static void add(Map<DiagramNode, Map<Side, List<End>>> sides, DiagramNode node, Side side, End end) {
        sides.computeIfAbsent(node, n -> new LinkedHashMap<>()).computeIfAbsent(side, s -> new ArrayList<>()).add(end);
    }

    /** Where along a side the other end lies: its centre's x for the top and bottom, its y for left and right. */
    private static double along(DiagramNode other, Side side) {
        return side.horizontal() ? other.bounds().centerX() : other.bounds().centerY();
    }

    /**
     * Spreads the ends' stretches evenly along the side, and moves a stretch that comes too near a port already there
     * to the nearest place clear of it. Answers the ends that found no clear place, and are not placed, unless
     * {@code force}d to stay where they were wanted.
     */
    private static List<End> spread(DiagramNode node, Side side, List<End> ends, List<Double> used,
            boolean force) {
        List<End> homeless = new ArrayList<>();
        double[] range = range(node, side);
        double spans = ends.stream().mapToDouble(end -> end.bundle().span()).sum();
        double gap = Math.max(0, (range[1] - range[0] - spans) / (ends.size() + 1));
        double position = range[0];
        for (End end : ends) {
            Bundle bundle = end.bundle();
            if (bundle.span() > range[1] - range[0] && bundle.members.size() > 1) {
                bundle.lane = Math.max(MIN_LANE / 2, (range[1] - range[0]) / (bundle.members.size() - 1));
            }
            if (bundle.span() > range[1] - range[0] && !force) {
                homeless.add(end);
                continue;
            }
            double half = end.bundle().span() / 2;
            double wanted = position + gap + half;
            position = wanted + half;
            double chosen = Double.NaN;
            for (int shift = 0; shift <= range[1] - range[0]; shift++) {
                if (wanted + shift + half <= range[1] && clear(wanted + shift, half, used)) {
                    chosen = wanted + shift;
                    break;
                }
                if (wanted - shift - half >= range[0] && clear(wanted - shift, half, used)) {
                    chosen = wanted - shift;
                    break;
                }
            }
            if (Double.isNaN(chosen)) {
                if (!force) {
                    homeless.add(end);
                    continue;
                }
                chosen = Math.max(range[0], Math.min(range[1], wanted));
            }
            for (int k = 0; k < end.bundle().members.size(); k++) {
                used.add(chosen - half + k * end.bundle().lane);
            }
            Box box = node.bounds();
            Point point = switch (side) {
                case TOP -> new Point(chosen, box.y());
                case BOTTOM -> new Point(chosen, box.bottom());
                case LEFT -> new Point(box.x(), chosen);
                case RIGHT -> new Point(box.right(), chosen);
            };
            if (end.from()) {
                end.bundle().fromPort = point;
            } else {
                end.bundle().toPort = point;
            }
        }
        return homeless;
    }

    private static boolean clear(double middle, double half, List<Double> used) {
        return used.stream().allMatch(other -> other < middle - half - PORT_GAP || other > middle + half + PORT_GAP);
    }

    /**
     * The stretch of a side where ports may go: away from the corners, and only where the outline is drawn (a
     * replicated component's boxes are stacked up and to the right of its front box).
     */
    private static double[] range(DiagramNode node, Side side) {
        Box bounds = node.bounds();
        double shift = bounds.width() - node.front().width();
        double low = side.horizontal() ? bounds.x() : bounds.y();
        double high = side.horizontal() ? bounds.right() : bounds.bottom();
        switch (side) {
            case TOP, LEFT -> low += shift;
            case BOTTOM, RIGHT -> high -= shift;
            default -> throw new IllegalStateException();
        }
        double inset = Math.min(10, (high - low) / 4);
        return new double[] { low + inset, high - inset };
    }

    // --- routes ---

    /** Routes the bundle's middle line around the boxes, and draws its members parallel to it. */
    private void routeBundle(Bundle bundle, OrthogonalRouter router, Map<Connection, List<Point>> routes) {
        Point start = bundle.fromPort;
        Optional<Side> startSide = Optional.of(bundle.fromSide);
        Point end;
        Optional<Side> endSide;
        if (bundle.to != null) {
            end = bundle.toPort;
            endSide = Optional.of(bundle.toSide);
        } else if (bundle.fromSide == Side.BOTTOM) {
            end = new Point(start.x(), start.y() + BOUNDARY_STUB);
            endSide = Optional.empty();
        } else {
            end = new Point(start.x(), Math.max(4, start.y() - BOUNDARY_STUB));
            endSide = Optional.empty();
        }
        List<Point> middle = router.route(start, startSide, end, endSide, obstacles(bundle),
                OrthogonalRouter.CLEARANCE + bundle.span() / 2, bundle.span() / 2)
                .orElseGet(() -> straight(start, startSide, end, endSide));
        List<List<Point>> lines = parallels(middle, bundle);
        lines.replaceAll(line -> line != null && clear(line, bundle) ? line : null);
        for (int k = 0; k < bundle.members.size(); k++) {
            DiagramEdge member = bundle.members.get(k);
            List<Point> route = lines.get(k);
            if (route == null) {
                double along = k * bundle.lane - bundle.span() / 2;
                Point memberStart = slide(start, bundle.fromSide, along);
                Point memberEnd = bundle.to == null ? slide(end, bundle.fromSide, along)
                        : slide(end, bundle.toSide, along * direction(middle, bundle));
                route = router.route(memberStart, startSide, memberEnd, endSide, obstacles(bundle),
                        OrthogonalRouter.CLEARANCE, 0).orElseGet(() -> straight(memberStart, startSide, memberEnd,
                                endSide));
            }
            bundle.lines.add(route);
            boolean forward = bundle.to == null ? member.connection().getSource() != null
                    : member.connection().getSource() == bundle.from.component();
            if (!forward) {
                route = route.reversed();
            }
            routes.put(member.connection(), route);
            router.avoidRoute(route);
        }
    }

    /**
     * The members' lines beside the middle one, a lane apart; where the route's stretches are too short for that,
     * with narrower lanes, down to {@link #MIN_LANE}; a member left without a line gets {@code null}.
     */
    private static List<List<Point>> parallels(List<Point> middle, Bundle bundle) {
        List<List<Point>> lines = new ArrayList<>();
        for (double lane = bundle.lane; lane >= MIN_LANE / 2; lane /= 2) {
            lines.clear();
            double half = (bundle.members.size() - 1) * lane / 2;
            for (int k = 0; k < bundle.members.size(); k++) {
                lines.add(parallel(middle, k * lane - half));
            }
            if (!lines.contains(null)) {
                return lines;
            }
        }
        return lines;
    }

    /** Whether the offset along the start side appears mirrored (-1) or not (1) along the end side. */
    private static double direction(List<Point> middle, Bundle bundle) {
        List<Point> moved = parallel(middle, 1);
        if (moved == null) {
            return 1;
        }
        Point end = middle.get(middle.size() - 1);
        Point shifted = moved.get(moved.size() - 1);
        double delta = bundle.toSide.horizontal() ? shifted.x() - end.x() : shifted.y() - end.y();
        return delta < 0 ? -1 : 1;
    }

    private static Point slide(Point port, Side side, double along) {
        return side.horizontal() ? new Point(port.x() + along, port.y()) : new Point(port.x(), port.y() + along);
    }

    /** Whether the line keeps out of every box but its own, which it only touches. */
    private boolean clear(List<Point> line, Bundle bundle) {
        Component a = bundle.from.component();
        Component b = bundle.to == null ? null : bundle.to.component();
        for (DiagramNode node : nodes) {
            if (isAncestor(node.component(), a) || isAncestor(node.component(), b)) {
                continue;
            }
            boolean own = node == bundle.from || node == bundle.to;
            Box box = own ? node.bounds().grow(-1) : node.bounds();
            for (int i = 1; i < line.size(); i++) {
                if (box.crossedBy(line.get(i - 1), line.get(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    private List<Box> obstacles(Bundle bundle) {
        Component a = bundle.from.component();
        Component b = bundle.to == null ? null : bundle.to.component();
        List<Box> obstacles = new ArrayList<>();
        for (DiagramNode node : nodes) {
            if (!isAncestor(node.component(), a) && !isAncestor(node.component(), b)) {
                obstacles.add(node.bounds());
            }
        }
        return obstacles;
    }

    /**
     * The orthogonal route running beside {@code route}, {@code offset} further along its first box's side (so
     * the start moves along that side); {@code null} where a stretch of the route is too short to keep its direction.
     */
    static List<Point> parallel(List<Point> route, double offset) {
        if (offset == 0) {
            return route;
        }
        int segments = route.size() - 1;
        double[] shiftX = new double[segments];
        double[] shiftY = new double[segments];
        Point a0 = route.get(0);
        Point b0 = route.get(1);
        // each stretch moves along its normal (-dy, dx), turned so that the start moves toward growing x (or y)
        double sign = a0.x() == b0.x() ? -Math.signum(b0.y() - a0.y()) : Math.signum(b0.x() - a0.x());
        for (int i = 0; i < segments; i++) {
            Point a = route.get(i);
            Point b = route.get(i + 1);
            double dx = Math.signum(b.x() - a.x());
            double dy = Math.signum(b.y() - a.y());
            // the normal (-dy, dx): to the right of the direction, y pointing down
            shiftX[i] = -dy * offset * sign;
            shiftY[i] = dx * offset * sign;
        }
        List<Point> result = new ArrayList<>();
        result.add(new Point(a0.x() + shiftX[0], a0.y() + shiftY[0]));
        for (int i = 1; i < segments; i++) {
            Point corner = route.get(i);
            result.add(new Point(corner.x() + shiftX[i - 1] + shiftX[i], corner.y() + shiftY[i - 1] + shiftY[i]));
        }
        Point last = route.get(segments);
        result.add(new Point(last.x() + shiftX[segments - 1], last.y() + shiftY[segments - 1]));
        for (int i = 0; i < segments; i++) {
            Point a = route.get(i);
            Point b = route.get(i + 1);
            Point c = result.get(i);
            Point d = result.get(i + 1);
            if (Math.signum(b.x() - a.x()) != Math.signum(d.x() - c.x())
                    || Math.signum(b.y() - a.y()) != Math.signum(d.y() - c.y())) {
                return null;
            }
        }
        return result;
    }

    /** When the boxes leave no way around: out of the box, across, into the other box. */
    private static List<Point> straight(Point start, Optional<Side> startSide, Point end, Optional<Side> endSide) {
        List<Point> route = new ArrayList<>();
        route.add(start);
        boolean vertical = startSide.map(Side::horizontal).orElse(endSide.map(Side::horizontal).orElse(true));
        if (vertical) {
            double middle = (start.y() + end.y()) / 2;
            route.add(new Point(start.x(), middle));
            route.add(new Point(end.x(), middle));
        } else {
            double middle = (start.x() + end.x()) / 2;
            route.add(new Point(middle, start.y()));
            route.add(new Point(middle, end.y()));
        }
        route.add(end);
        return OrthogonalRouter.simplify(route);
    }

    private DiagramNode node(Component component) {
        return component == null ? null : byComponent.get(component);
    }

    /** Whether {@code ancestor} contains {@code component} (at any depth, not itself). */
    static boolean isAncestor(Component ancestor, Component component) {
        if (component == null) {
            return false;
        }
        for (EObject parent = component.eContainer(); parent != null; parent = parent.eContainer()) {
            if (parent == ancestor) {
                return true;
            }
        }
        return false;
    }
}
