Sub Jobs
  ' One soffice run for every queued job, whatever its operation: each line of RT_LIST is "operation|fields…" —
  ' RoundTrip (input|output|sheet|cell: the cell typed again, recalculated, saved as .xlsx), SaveAs
  ' (input|output|filter[|password[|options]]) or TypeAndMark (input|output|sheet|cell|UTF-16 units). RT_OUT gets one
  ' line per job in the list's order: for TypeAndMark the detective's circles on its cell, 0 for the others.
  ' Every array and property is declared once, before the loop (LibreOffice 7.4 hung when `As New` arrays were
  ' declared once per file).
  Dim n As Integer, o As Integer, k As Integer, circled As Integer, line As String, operation As String, parts As Variant
  Dim doc As Object, sheet As Object, cell As Object, shapes As Object, anchor As Object, dispatcher As Object
  Dim typed As String, codes As Variant
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  Dim xlsxArgs(0) As New com.sun.star.beans.PropertyValue
  Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
  Dim optionArgs(1) As New com.sun.star.beans.PropertyValue
  Dim lockedArgs(1) As New com.sun.star.beans.PropertyValue
  Dim ooxml(1) As New com.sun.star.beans.NamedValue
  Dim noArgs() As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = "Hidden"
  loadArgs(0).Value = True
  xlsxArgs(0).Name = "FilterName"
  xlsxArgs(0).Value = "Calc MS Excel 2007 XML"
  storeArgs(0).Name = "FilterName"
  optionArgs(0).Name = "FilterName"
  optionArgs(1).Name = "FilterOptions"
  lockedArgs(0).Name = "FilterName"
  ooxml(0).Name = "OOXPassword"
  ooxml(1).Name = "CryptoType"
  ooxml(1).Value = "Standard"
  dispatcher = createUnoService("com.sun.star.frame.DispatchHelper")
  n = FreeFile
  Open Environ("RT_LIST") For Input As #n
  o = FreeFile
  Open Environ("RT_OUT") For Output As #o
  Do While Not EOF(n)
    Line Input #n, line
    If Len(line) > 0 Then
      operation = Left(line, InStr(line, "|") - 1)
      parts = Split(Mid(line, InStr(line, "|") + 1), "|")
      doc = StarDesktop.loadComponentFromURL(ConvertToURL(parts(0)), "_blank", 0, loadArgs())
      circled = 0
      If operation = "RoundTrip" Then
        sheet = doc.Sheets.getByIndex(CInt(parts(2)))
        cell = sheet.getCellRangeByName(parts(3))
        If cell.getType() = com.sun.star.table.CellContentType.VALUE Then
          cell.setValue(cell.getValue())
        ElseIf cell.getType() = com.sun.star.table.CellContentType.TEXT Then
          cell.setString(cell.getString())
        Else
          cell.setString("")
        End If
        doc.calculateAll()
        doc.storeToURL(ConvertToURL(parts(1)), xlsxArgs())
      ElseIf operation = "SaveAs" Then
        If UBound(parts) < 3 Then
          storeArgs(0).Value = parts(2)
          doc.storeToURL(ConvertToURL(parts(1)), storeArgs())
        ElseIf Len(parts(3)) = 0 Then
          ' The filter's options (a CSV's separator, quote and character set: "44,34,76" is comma, quote, UTF-8).
          optionArgs(0).Value = parts(2)
          optionArgs(1).Value = parts(4)
          doc.storeToURL(ConvertToURL(parts(1)), optionArgs())
        Else
          ' A password to open, as File › Save As › Save with password sets it: OOXML gets Office's encryption (an OLE
          ' file of EncryptionInfo and EncryptedPackage), which the filter takes as EncryptionData; the others a Password.
          lockedArgs(0).Value = parts(2)
          If parts(2) = "Calc MS Excel 2007 XML" Then
            ooxml(0).Value = parts(3)
            lockedArgs(1).Name = "EncryptionData"
            lockedArgs(1).Value = ooxml
          Else
            lockedArgs(1).Name = "Password"
            lockedArgs(1).Value = parts(3)
          End If
          doc.storeToURL(ConvertToURL(parts(1)), lockedArgs())
        End If
      ElseIf operation = "TypeAndMark" Then
        sheet = doc.Sheets.getByIndex(CInt(parts(2)))
        cell = sheet.getCellRangeByName(parts(3))
        typed = ""
        codes = Split(parts(4), ",")
        For k = LBound(codes) To UBound(codes)
          If Len(codes(k)) > 0 Then typed = typed & Chr(CLng(codes(k)))
        Next k
        cell.setFormula(typed)
        doc.calculateAll()
        doc.storeToURL(ConvertToURL(parts(1)), xlsxArgs())
        doc.getCurrentController().setActiveSheet(sheet)
        dispatcher.executeDispatch(doc.getCurrentController().getFrame(), ".uno:ShowInvalid", "", 0, noArgs())
        shapes = sheet.DrawPage
        ' The detective's circles are ellipses anchored at their cell; the notes' captions are shapes too.
        For k = 0 To shapes.Count - 1
          If shapes.getByIndex(k).getShapeType() = "com.sun.star.drawing.EllipseShape" Then
            anchor = shapes.getByIndex(k).Anchor
            If anchor.getCellAddress().Column = cell.getCellAddress().Column And anchor.getCellAddress().Row = cell.getCellAddress().Row Then circled = circled + 1
          End If
        Next k
      End If
      Print #o, circled
      doc.close(True)
    End If
  Loop
  Close #n
  Close #o
  StarDesktop.terminate()
End Sub
