/*
 * Copyright (c) 2026 Premortem contributors. EPL-2.0.
 */
package org.premortem.interchange.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads every sheet of an XLSX workbook as text (FastExcel's streaming reader): strings as they are, numbers without
 * trailing zeros, booleans as yes/no, formulas as their last computed value.
 */
final class WorkbookTables {

    private WorkbookTables() {
    }

    static List<SheetTable> read(byte[] workbook, String fileName) throws XlsxImportException {
        if (!ReadableWorkbook.isOOXMLZipHeader(workbook)) {
            throw new XlsxImportException(List.of(new ImportProblem(fileName, 0, "",
                    Messages.get("problem.notXlsx", fileName))));
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<SheetTable> tables = new ArrayList<>();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : book.getSheets().toList()) {
                List<SheetTable.Row> rows = new ArrayList<>();
                for (org.dhatim.fastexcel.reader.Row row : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : text(cell, sheet.getName(), row.getRowNum(), c, problems));
                    }
                    SheetTable.Row read = new SheetTable.Row(row.getRowNum(), cells);
                    if (!read.isBlank()) {
                        rows.add(read);
                    }
                }
                tables.add(new SheetTable(sheet.getName(), rows));
            }
        } catch (IOException | RuntimeException e) {
            throw new XlsxImportException(List.of(new ImportProblem(fileName, 0, "",
                    Messages.get("problem.notXlsx", String.valueOf(e.getMessage())))));
        }
        if (!problems.isEmpty()) {
            throw new XlsxImportException(problems);
        }
        return tables;
    }

    private static String text(Cell cell, String sheet, int row, int column, List<ImportProblem> problems) {
        return switch (cell.getType()) {
            case EMPTY -> "";
            case STRING -> cell.asString() == null ? "" : cell.asString();
            case NUMBER -> number(cell.asNumber());
            case BOOLEAN -> Messages.get(Boolean.TRUE.equals(cell.asBoolean()) ? "yes" : "no");
            case FORMULA -> cell.getRawValue() == null ? "" : cell.getRawValue();
            case ERROR -> {
                problems.add(new ImportProblem(sheet, row, SheetTable.columnLetters(column),
                        Messages.get("problem.formulaError")));
                yield "";
            }
        };
    }

    private static String number(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
