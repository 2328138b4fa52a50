namespace Prosopograph.CorpusGenerator;

/// <summary>A naming culture: given names, surnames, and whether names carry a patronymic and a Cyrillic original.</summary>
internal sealed record Culture(
    string Id,
    IReadOnlyList<string> MaleGiven,
    IReadOnlyList<string> FemaleGiven,
    IReadOnlyList<string> Surnames,
    bool Patronymics);

/// <summary>
/// The word lists names are drawn from. Surnames are drawn by a Zipf law within a culture, so many people share a
/// surname and some share a full name, as in party rolls and registers.
/// </summary>
internal static class NamePools
{
    public static Culture Russian { get; } = new("ru",
        ["Ivan", "Pyotr", "Nikolai", "Sergei", "Aleksandr", "Mikhail", "Dmitri", "Grigory", "Lev", "Yakov", "Boris", "Fyodor",
         "Vasily", "Andrei", "Konstantin", "Anatoly", "Leonid", "Yuri", "Pavel", "Semyon", "Matvei", "Timofei", "Ilya",
         "Yevgeny", "Viktor", "Karl", "Nikita", "Oleg", "Stepan", "Arkady", "Valentin", "Vladimir", "Gavriil", "Kirill"],
        ["Maria", "Anna", "Yelena", "Olga", "Natalya", "Vera", "Nadezhda", "Lyudmila", "Tatyana", "Aleksandra", "Sofia",
         "Yekaterina", "Irina", "Zinaida", "Klavdia", "Larisa", "Raisa", "Polina", "Yevgenia", "Inessa", "Lidia"],
        ["Ivanov", "Petrov", "Smirnov", "Kuznetsov", "Popov", "Sokolov", "Lebedev", "Kozlov", "Novikov", "Morozov",
         "Volkov", "Solovyov", "Vasilyev", "Zaitsev", "Pavlov", "Semyonov", "Golubev", "Vinogradov", "Bogdanov",
         "Vorobyov", "Fyodorov", "Mikhailov", "Belyaev", "Tarasov", "Belov", "Komarov", "Orlov", "Kiselyov", "Makarov",
         "Andreyev", "Kovalyov", "Ilyin", "Gusev", "Titov", "Kuzmin", "Kudryavtsev", "Baranov", "Kulikov", "Alekseyev",
         "Stepanov", "Yakovlev", "Sorokin", "Sergeyev", "Romanov", "Zakharov", "Borisov", "Korolyov", "Gerasimov",
         "Ponomaryov", "Grigoryev", "Lazarev", "Medvedev", "Yershov", "Nikitin", "Sobolev", "Ryabov", "Polyakov",
         "Tsvetkov", "Danilov", "Zhukov", "Frolov", "Zhuravlyov", "Nikolayev", "Krylov", "Maksimov", "Sidorov",
         "Osipov", "Belousov", "Fedotov", "Dorofeyev", "Yegorov", "Matveyev", "Bobrov", "Dmitriyev", "Kalinin",
         "Anisimov", "Petukhov", "Antonov", "Timofeyev", "Nikiforov", "Veselov", "Filippov", "Markov", "Bolshakov",
         "Sukhanov", "Mironov", "Shiryaev", "Aleksandrov", "Konovalov", "Shestakov", "Kazakov", "Yefimov", "Denisov",
         "Gromov", "Fomin", "Davydov", "Melnikov", "Shcherbakov", "Blinov", "Kolesnikov", "Karpov", "Afanasyev",
         "Vlasov", "Maslov", "Isakov", "Tikhonov", "Aksyonov", "Gavrilov", "Rodionov", "Kotov", "Gorbunov", "Kudryashov",
         "Bykov", "Zuyev", "Tretyakov", "Savelyev", "Panov", "Rybakov", "Suvorov", "Abramov", "Voronov", "Mukhin",
         "Arkhipov", "Trofimov", "Martynov", "Yemelyanov", "Gorshkov", "Chernov", "Ovchinnikov", "Seleznyov",
         "Panfilov", "Kopylov", "Mikheyev", "Galkin", "Nazarov", "Lobanov", "Lukin", "Belyakov", "Potapov", "Nekrasov",
         "Khokhlov", "Zhdanov", "Naumov", "Shilov", "Vorontsov", "Yermakov", "Drozdov", "Ignatyev", "Savin", "Loginov",
         "Safonov", "Kapustin", "Kirillov", "Moiseyev", "Yeliseyev", "Koshelev", "Kostin", "Gorbachov", "Orekhov",
         "Yefremov", "Isayev", "Yevdokimov", "Kalashnikov", "Kabanov", "Noskov", "Yudin", "Kulagin", "Lapin", "Prokhorov",
         "Nesterov", "Kharitonov", "Agafonov", "Muravyov", "Laptev", "Snegiryov", "Gurov", "Zykov", "Rakovsky",
         "Preobrazhensky", "Smilga", "Sosnovsky", "Muralov", "Radek", "Pyatakov", "Serebryakov", "Krestinsky",
         "Antonov-Ovseyenko", "Sokolnikov", "Uglanov", "Tomsky", "Rykov", "Ryutin", "Sapronov"],
        Patronymics: true);

    public static Culture German { get; } = new("de",
        ["Karl", "Friedrich", "Heinrich", "Wilhelm", "Otto", "Ernst", "Paul", "Hermann", "Hans", "Walter", "Kurt",
         "Arthur", "Max", "Hugo", "August", "Fritz", "Georg", "Jakob", "Ludwig", "Werner"],
        ["Rosa", "Clara", "Käthe", "Luise", "Martha", "Frieda", "Gertrud", "Hedwig", "Anna", "Elfriede", "Ruth", "Mathilde"],
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
         "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Braun", "Zimmermann", "Krüger",
         "Hartmann", "Lange", "Werner", "Lehmann", "Köhler", "Maurer", "Brandler", "Thalheimer", "Frölich", "Eberlein",
         "Pieck", "Ulbricht", "Remmele", "Neubauer", "Korsch", "Rühle", "Gorter", "Pannekoek", "Wendel", "Scholem",
         "Urbahns", "Hilferding", "Kautsky", "Bernstein", "Ledebour", "Haase", "Dittmann", "Barth", "Däumig", "Geyer"],
        Patronymics: false);

    public static Culture French { get; } = new("fr",
        ["Jean", "Pierre", "Louis", "Marcel", "Henri", "Jacques", "André", "Étienne", "François", "Benoît", "Albert",
         "Lucien", "Maurice", "Gaston", "Raymond", "René", "Émile", "Victor"],
        ["Marguerite", "Jeanne", "Louise", "Simone", "Germaine", "Madeleine", "Hélène", "Marthe", "Suzanne", "Yvonne"],
        ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
         "Laurent", "Lefèbvre", "Michel", "Rosmer", "Monatte", "Souvarine", "Naville", "Blum", "Cachin", "Thorez",
         "Doriot", "Treint", "Girault", "Frossard", "Loriot", "Chambelland", "Delagrange", "Faure", "Rousseau",
         "Fontaine", "Chevalier", "Gautier", "Perrin", "Morel", "Mercier", "Boyer", "Blanchard", "Guérin", "Lambert"],
        Patronymics: false);

    public static Culture Spanish { get; } = new("es",
        ["José", "Juan", "Antonio", "Manuel", "Francisco", "Andrés", "Joaquín", "Julián", "Ramón", "Enrique", "Jesús",
         "Vicente", "Rafael", "Luis"],
        ["Dolores", "Carmen", "Teresa", "Pilar", "Concepción", "Mercedes", "Rosario", "Isabel", "Josefa"],
        ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Nin",
         "Maurín", "Ibárruri", "Díaz", "Mercader", "Alfaro", "Gorkín", "Andrade", "Hernández", "Ruiz", "Jiménez",
         "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Castillo"],
        Patronymics: false);

    public static IReadOnlyList<(Culture Item, double Weight)> Cultures { get; } =
        [(Russian, 0.55), (German, 0.18), (French, 0.15), (Spanish, 0.12)];

    public static IReadOnlyList<string> Pseudonyms { get; } =
        ["Koba", "Parvus", "Starik", "Ilyin", "Sever", "Volna", "Iskra", "Molot", "Kamen", "Strelok", "Orel", "Sokol",
         "Tikhy", "Vetrov", "Ognev", "Borets", "Rabochy", "Gorny", "Lesnoy", "Zarya", "Burevestnik", "Spartak",
         "Kremen", "Yastreb", "Grom", "Stal", "Plamya", "Kuznets", "Shakhtyor", "Matros", "Student", "Doktor",
         "Inzhener", "Letopisets", "Nablyudatel", "Sputnik", "Tovarishch", "Vestnik", "Golos", "Luch"];

    public static IReadOnlyList<string> PlacePrefixes { get; } =
        ["Novo", "Staro", "Velik", "Krasno", "Belo", "Cherno", "Zlato", "Kamen", "Ust", "Verkhne", "Nizhne", "Sredne",
         "Sosno", "Bereza", "Ozer", "Lugo", "Gor", "Dubro", "Yasno", "Svetlo", "Tikho", "Zeleno", "Bystro", "Lipo"];

    public static IReadOnlyList<string> PlaceRoots { get; } =
        ["grad", "gorsk", "slavl", "mirsk", "pol", "dar", "vodsk", "rechensk", "lesk", "brod", "kamensk", "yarsk",
         "zavodsk", "selye", "dolsk", "polye", "vka", "ino", "ovo", "evo", "insk", "ansk", "yevsk", "ograd"];

    public static IReadOnlyList<string> Rivers { get; } =
        ["Volga", "Oka", "Kama", "Don", "Dnieper", "Vyatka", "Sura", "Ural", "Ob", "Irtysh", "Neva", "Desna"];

    public static IReadOnlyList<string> PartyAdjectives { get; } =
        ["Socialist", "Communist", "Revolutionary", "Workers'", "Labour", "Peasant", "Social-Democratic", "Anarchist",
         "Left", "Independent", "Unified", "Internationalist", "Radical", "People's", "Syndicalist", "Federalist"];

    public static IReadOnlyList<string> PartyNouns { get; } =
        ["Party", "League", "Union", "Bloc", "Opposition", "Federation", "Group", "Faction", "Alliance", "Circle"];

    public static IReadOnlyList<string> InstitutionNouns { get; } =
        ["Tribunal", "Soviet", "Police Directorate", "Academy", "Garrison", "Prison", "Labour Camp", "Railway Board",
         "University", "Press Bureau", "Commissariat", "Military Council", "Trade Union Council", "Supreme Court",
         "State Bank", "Planning Committee", "Political Isolator", "Border Guard", "Militia", "Cheka Section"];

    public static IReadOnlyList<string> StateForms { get; } =
        ["Republic of", "Kingdom of", "People's Republic of", "Federation of", "Grand Duchy of", "Soviet Republic of",
         "Free State of", "Commonwealth of"];

    public static IReadOnlyList<string> GroupNouns { get; } =
        ["Railway workers", "Miners", "Textile workers", "Sailors", "Students", "Journalists", "Émigrés", "Peasants",
         "Printers", "Metalworkers", "Teachers", "Soldiers", "Dockers", "Intellectuals", "Old Bolsheviks", "Exiles"];

    public static IReadOnlyList<string> EventForms { get; } =
        ["Congress", "Conference", "Uprising", "Strike", "Trial", "Mutiny", "Famine", "Purge", "Plenum", "Massacre",
         "Evacuation", "Election", "Campaign", "Show Trial", "Insurrection", "Deportation"];

    public static IReadOnlyList<string> WorkForms { get; } =
        ["Theses on", "Letter to", "Report on", "Notes on", "Open Letter on", "Declaration on", "Memorandum on",
         "Speech on", "Pamphlet on", "Manifesto on", "Article on", "Resolution on"];

    public static IReadOnlyList<string> Topics { get; } =
        ["the Agrarian Question", "the National Question", "the Trade Unions", "the Party Regime", "the Opposition",
         "Industrialisation", "the Peasantry", "the International Situation", "War Communism", "the New Economic Policy",
         "the Bureaucracy", "the Red Army", "the Youth", "the Press", "the Famine", "Collectivisation", "the Purges",
         "Permanent Revolution", "the Workers' State", "the United Front", "the Popular Front", "Fascism",
         "the Colonial Question", "Party Democracy", "the Five-Year Plan", "the Exiles"];

    public static IReadOnlyList<string> DoctrineStems { get; } =
        ["theory of", "doctrine of", "thesis of", "principle of", "programme of"];

    public static IReadOnlyList<string> PositionTitles { get; } =
        ["Chairman", "Secretary", "Commissar", "Governor", "Prosecutor", "Editor", "Commander", "Director", "Treasurer",
         "Deputy Chairman", "First Secretary", "President", "Inspector", "Consul"];

    public static IReadOnlyList<string> Archives { get; } =
        ["the party personnel register", "the police files", "the census of 1926", "the court records",
         "the émigré press", "the memoirs of contemporaries", "the regional archive", "the rehabilitation file",
         "the civil registry", "the congress minutes"];

    public static IReadOnlyList<string> Months { get; } =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
}
