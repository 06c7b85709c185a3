Podium.main()
