window.YTD.account.part0 = [
  {
    "account": {
      "email": "tomas@ferreira-cycles.example",
      "createdVia": "web",
      "username": "tomas_fixes",
      "accountId": "1187733002461184001",
      "createdAt": "2019-10-26T08:14:02.000Z",
      "accountDisplayName": "Tomás Ferreira"
    }
  }
]
