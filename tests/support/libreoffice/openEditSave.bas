Sub RoundTrip
  Dim n As Integer, line As String, parts As Variant, doc As Object, sheet As Object, cell As Object
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = "Hidden"
  loadArgs(0).Value = True
  storeArgs(0).Name = "FilterName"
  storeArgs(0).Value = "Calc MS Excel 2007 XML"
  n = FreeFile
  Open Environ("RT_LIST") For Input As #n
  Do While Not EOF(n)
    Line Input #n, line
    If Len(line) > 0 Then
      parts = Split(line, "|")
      doc = StarDesktop.loadComponentFromURL(ConvertToURL(parts(0)), "_blank", 0, loadArgs())
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
      doc.storeToURL(ConvertToURL(parts(1)), storeArgs())
      doc.close(True)
    End If
  Loop
  Close #n
  StarDesktop.terminate()
End Sub

Sub SaveAs
  Dim n As Integer, line As String, parts As Variant, doc As Object
  Dim loadArgs(0) As New com.sun.star.beans.PropertyValue
  Dim storeArgs(0) As New com.sun.star.beans.PropertyValue
  loadArgs(0).Name = "Hidden"
  loadArgs(0).Value = True
  storeArgs(0).Name = "FilterName"
  n = FreeFile
  Open Environ("RT_LIST") For Input As #n
  Do While Not EOF(n)
    Line Input #n, line
    If Len(line) > 0 Then
      parts = Split(line, "|")
      doc = StarDesktop.loadComponentFromURL(ConvertToURL(parts(0)), "_blank", 0, loadArgs())
      storeArgs(0).Value = parts(2)
      doc.storeToURL(ConvertToURL(parts(1)), storeArgs())
      doc.close(True)
    End If
  Loop
  Close #n
  StarDesktop.terminate()
End Sub
